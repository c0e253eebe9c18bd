// path differential: parse prototype
const path = require('path');
function show(f) {
  try { console.log(JSON.stringify(f())); } catch (e) { console.log(e.code + ' ' + e.message); }
}
const p = path.parse('/a/b.c');
console.log(Object.keys(p).join(','), Object.getPrototypeOf(p) === Object.prototype);
const w = path.win32.parse('C:\\a\\b.c');
console.log(Object.keys(w).join(','), w.root, w.dir);
