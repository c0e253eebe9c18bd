// path differential: format bound
const path = require('path');
function show(f) {
  try { console.log(JSON.stringify(f())); } catch (e) { console.log(e.code + ' ' + e.message); }
}
console.log(path.format.name, path.format.length, path.win32.format.name);
const f = path.format;
console.log(f({ dir: 'a', base: 'b' }));
console.log(path.format.call(null, { root: '/', name: 'n' }));
