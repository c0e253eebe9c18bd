// path differential: win32 dirname
const path = require('path');
function show(f) {
  try { console.log(JSON.stringify(f())); } catch (e) { console.log(e.code + ' ' + e.message); }
}
show(() => path.win32.dirname("C:\\a\\b"));
show(() => path.win32.dirname("C:\\a"));
show(() => path.win32.dirname("C:\\"));
show(() => path.win32.dirname("C:"));
show(() => path.win32.dirname("C:a"));
show(() => path.win32.dirname("C:a\\b"));
show(() => path.win32.dirname("\\\\s\\sh"));
show(() => path.win32.dirname("\\\\s\\sh\\"));
show(() => path.win32.dirname("\\\\s\\sh\\a"));
show(() => path.win32.dirname("\\a"));
show(() => path.win32.dirname("a\\\\b"));
show(() => path.win32.dirname("\\\\\\a"));
show(() => path.win32.dirname("a"));
show(() => path.win32.dirname(""));
