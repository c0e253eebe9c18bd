// path differential: win32 tonamespacedpath
const path = require('path');
function show(f) {
  try { console.log(JSON.stringify(f())); } catch (e) { console.log(e.code + ' ' + e.message); }
}
show(() => path.win32.toNamespacedPath("C:\\a"));
show(() => path.win32.toNamespacedPath("c:/a/.."));
show(() => path.win32.toNamespacedPath("\\\\s\\sh\\a"));
show(() => path.win32.toNamespacedPath("//s/sh/"));
show(() => path.win32.toNamespacedPath("\\\\?\\x"));
show(() => path.win32.toNamespacedPath("\\\\.\\x"));
show(() => path.win32.toNamespacedPath("/a"));
show(() => path.win32.toNamespacedPath("\\"));
show(() => path.win32.toNamespacedPath(5));
show(() => path.win32.toNamespacedPath(""));
