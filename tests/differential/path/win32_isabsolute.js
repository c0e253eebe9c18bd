// path differential: win32 isabsolute
const path = require('path');
function show(f) {
  try { console.log(JSON.stringify(f())); } catch (e) { console.log(e.code + ' ' + e.message); }
}
show(() => path.win32.isAbsolute("C:\\a"));
show(() => path.win32.isAbsolute("C:/a"));
show(() => path.win32.isAbsolute("C:"));
show(() => path.win32.isAbsolute("C:a"));
show(() => path.win32.isAbsolute("\\a"));
show(() => path.win32.isAbsolute("/a"));
show(() => path.win32.isAbsolute("\\\\s\\h"));
show(() => path.win32.isAbsolute("a"));
show(() => path.win32.isAbsolute(""));
show(() => path.win32.isAbsolute("c:\\"));
