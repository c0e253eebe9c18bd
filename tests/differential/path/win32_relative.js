// path differential: win32 relative
const path = require('path');
function show(f) {
  try { console.log(JSON.stringify(f())); } catch (e) { console.log(e.code + ' ' + e.message); }
}
show(() => path.win32.relative("C:\\a\\b", "C:\\a\\c"));
show(() => path.win32.relative("C:\\a", "D:\\b"));
show(() => path.win32.relative("c:\\foo", "C:\\foo\\bar"));
show(() => path.win32.relative("C:\\foo\\bar", "c:\\FOO"));
show(() => path.win32.relative("\\\\s\\sh\\a", "\\\\s\\sh\\b"));
show(() => path.win32.relative("\\\\s\\sh", "\\\\s\\sh\\a"));
show(() => path.win32.relative("C:\\", "C:\\a"));
show(() => path.win32.relative("C:\\a", "C:\\"));
show(() => path.win32.relative("\\\\a\\b", "\\\\c\\d"));
show(() => path.win32.relative("C:\\ab", "C:\\a"));
