// path differential: crosslinks
const path = require('path');
function show(f) {
  try { console.log(JSON.stringify(f())); } catch (e) { console.log(e.code + ' ' + e.message); }
}
console.log(path === path.posix, path.posix.win32 === path.win32, path.win32.posix === path.posix, path.win32.win32 === path.win32);
console.log(require('path/posix') === path.posix, require('path/win32') === path.win32, require('node:path') === path);
console.log(path._makeLong === path.toNamespacedPath, path.win32._makeLong === path.win32.toNamespacedPath);
