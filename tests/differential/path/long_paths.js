// path differential: long paths
const path = require('path');
function show(f) {
  try { console.log(JSON.stringify(f())); } catch (e) { console.log(e.code + ' ' + e.message); }
}
let p = '';
for (let i = 0; i < 200; i++) p += 'seg' + i + '/';
console.log(path.normalize(p).length, path.basename(p), path.dirname(p).length);
console.log(path.join(...Array(300).fill('..')).split('/').length);
console.log(path.normalize('/' + '../'.repeat(50) + 'x'));
