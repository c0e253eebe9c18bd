// path differential: win32 normalize
const path = require('path');
function show(f) {
  try { console.log(JSON.stringify(f())); } catch (e) { console.log(e.code + ' ' + e.message); }
}
show(() => path.win32.normalize("C:\\a\\..\\b"));
show(() => path.win32.normalize("C:a\\..\\.."));
show(() => path.win32.normalize("c:/a/b/"));
show(() => path.win32.normalize("\\a\\..\\.."));
show(() => path.win32.normalize("a\\..\\.."));
show(() => path.win32.normalize("\\"));
show(() => path.win32.normalize("/"));
show(() => path.win32.normalize("C:"));
show(() => path.win32.normalize("C:."));
show(() => path.win32.normalize("C:\\"));
show(() => path.win32.normalize("a/b\\c"));
show(() => path.win32.normalize("\\\\s\\sh"));
show(() => path.win32.normalize("\\\\s\\sh\\a\\.."));
