// path differential: win32 basename
const path = require('path');
function show(f) {
  try { console.log(JSON.stringify(f())); } catch (e) { console.log(e.code + ' ' + e.message); }
}
show(() => path.win32.basename("C:\\a\\b.txt"));
show(() => path.win32.basename("C:"));
show(() => path.win32.basename("C:\\"));
show(() => path.win32.basename("C:a"));
show(() => path.win32.basename("\\\\s\\sh"));
show(() => path.win32.basename("a/b\\c"));
show(() => path.win32.basename("c:/x/"));
show(() => path.win32.basename("\\\\s\\sh\\f.x"));
show(() => path.win32.basename("C:\\a.js", ".js"));
show(() => path.win32.basename("C:/\\\\", ":\\"));
show(() => path.win32.basename("a\\b.JS", ".JS"));
