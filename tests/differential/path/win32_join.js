// path differential: win32 join
const path = require('path');
function show(f) {
  try { console.log(JSON.stringify(f())); } catch (e) { console.log(e.code + ' ' + e.message); }
}
show(() => path.win32.join("C:", "a"));
show(() => path.win32.join("C:\\", "a"));
show(() => path.win32.join("\\\\server", "share"));
show(() => path.win32.join("\\\\server\\share", "a"));
show(() => path.win32.join("\\\\", "a"));
show(() => path.win32.join("//a", "b"));
show(() => path.win32.join("a", "\\b"));
show(() => path.win32.join("/", "\\", "a"));
show(() => path.win32.join("\\\\\\a", "b"));
show(() => path.win32.join("c:/a", "../b"));
