// exports with subpaths only has no main
const rel = (s) => String(s).split(__dirname).join('.');
try { require('pkg'); } catch (e) { console.log(e.code, rel(e.message)); }
console.log(require('pkg/a'));
