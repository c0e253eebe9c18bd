// path differential: win32 extname
const path = require('path');
function show(f) {
  try { console.log(JSON.stringify(f())); } catch (e) { console.log(e.code + ' ' + e.message); }
}
show(() => path.win32.extname("C:\\a.b"));
show(() => path.win32.extname("C:.b"));
show(() => path.win32.extname("C:.."));
show(() => path.win32.extname("a\\.b"));
show(() => path.win32.extname("a.b\\"));
show(() => path.win32.extname("\\\\s\\sh.x"));
show(() => path.win32.extname("a.b.c\\"));
