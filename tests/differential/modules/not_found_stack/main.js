// MODULE_NOT_FOUND lists the require stack
const rel = (s) => String(s).split(__dirname).join('.');
try { require('./a'); } catch (e) { console.log(e.code); console.log(rel(e.message)); console.log(e.requireStack.map(rel)); }
