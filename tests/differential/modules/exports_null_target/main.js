// a null target hides a subpath
const rel = (s) => String(s).split(__dirname).join('.');
console.log(require('pkg/lib/ok'));
try { require('pkg/lib/private/x'); } catch (e) { console.log(e.code, rel(e.message)); }
