// ERR_PACKAGE_PATH_NOT_EXPORTED from import
const rel = (s) => s.split(process.cwd()).join('.');
try { await import('pkg/hidden'); } catch (e) { console.log(e.code, rel(e.message)); }
