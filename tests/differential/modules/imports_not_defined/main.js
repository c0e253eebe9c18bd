// an unknown #specifier: ERR_PACKAGE_IMPORT_NOT_DEFINED
const rel = (s) => String(s).split(__dirname).join('.');
try { require('#nope'); } catch (e) { console.log(e.code, e.name, rel(e.message)); }
