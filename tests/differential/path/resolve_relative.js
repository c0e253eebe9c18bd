// path differential: resolve relative
const path = require('path');
function show(f) {
  try { console.log(JSON.stringify(f())); } catch (e) { console.log(e.code + ' ' + e.message); }
}
const cwd = process.cwd();
for (const args of [['a'], ['a', 'b'], ['.'], [''], [], ['..', 'x'], ['a/../b'], ['x/']]) {
  console.log(JSON.stringify([args, path.relative(cwd, path.resolve(...args))]));
}
console.log(path.resolve() === cwd, path.resolve('') === cwd, path.isAbsolute(path.resolve('q')));
