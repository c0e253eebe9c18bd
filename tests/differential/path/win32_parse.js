// path differential: win32 parse
const path = require('path');
function show(f) {
  try { console.log(JSON.stringify(f())); } catch (e) { console.log(e.code + ' ' + e.message); }
}
show(() => path.win32.parse("C:\\a\\b.txt"));
show(() => path.win32.parse("C:"));
show(() => path.win32.parse("C:\\"));
show(() => path.win32.parse("C:a"));
show(() => path.win32.parse("\\\\s\\sh"));
show(() => path.win32.parse("\\\\s\\sh\\"));
show(() => path.win32.parse("\\\\s\\sh\\x.y"));
show(() => path.win32.parse("\\"));
show(() => path.win32.parse("\\.."));
show(() => path.win32.parse("a\\b"));
show(() => path.win32.parse("\\\\\\s"));
show(() => path.win32.parse("\\\\?\\C:\\a"));
