// path differential: win32 resolve
const path = require('path');
function show(f) {
  try { console.log(JSON.stringify(f())); } catch (e) { console.log(e.code + ' ' + e.message); }
}
show(() => path.win32.resolve("C:\\a", "b"));
show(() => path.win32.resolve("C:\\a", "D:\\b"));
show(() => path.win32.resolve("C:\\a", "\\b"));
show(() => path.win32.resolve("\\\\s\\sh", "a"));
show(() => path.win32.resolve("C:\\a", "..", "..", ".."));
show(() => path.win32.resolve("c:/a", "C:b"));
show(() => path.win32.resolve("C:\\x", "\\\\s\\sh\\y"));
show(() => path.win32.resolve("\\\\s\\sh\\a", "C:\\"));
