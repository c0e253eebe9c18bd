// path differential: relative cwd
const path = require('path');
function show(f) {
  try { console.log(JSON.stringify(f())); } catch (e) { console.log(e.code + ' ' + e.message); }
}
show(() => path.relative('', ''));
show(() => path.relative('a', 'a/b'));
show(() => path.relative('a/b', 'a'));
show(() => path.relative('.', 'x/y'));
show(() => path.relative('x', '.'));
show(() => path.relative('a', '../a'));
