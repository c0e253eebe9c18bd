// path differential: join many
const path = require('path');
function show(f) {
  try { console.log(JSON.stringify(f())); } catch (e) { console.log(e.code + ' ' + e.message); }
}
console.log(path.join('a', 'b', 'c', 'd', 'e', 'f', '..', 'g'));
console.log(path.join(...'abcdefghij'.split('')));
console.log(path.win32.join(...'abcdefghij'.split('')));
