// a main that points nowhere: MODULE_NOT_FOUND with path and requestPath
const rel = (s) => String(s).split(__dirname).join('.');
try { require('foo'); } catch (e) { console.log(e.code, rel(e.message), rel(e.path), e.requestPath); }
