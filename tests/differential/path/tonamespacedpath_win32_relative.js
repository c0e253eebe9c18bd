// path differential: tonamespacedpath win32 relative
const path = require('path');
function show(f) {
  try { console.log(JSON.stringify(f())); } catch (e) { console.log(e.code + ' ' + e.message); }
}
const r = path.win32.toNamespacedPath('a');
console.log(r.startsWith('\\'), r.endsWith('\\a'));
console.log(path.win32.toNamespacedPath('..') === '..' || path.win32.toNamespacedPath('..').startsWith('\\'));
