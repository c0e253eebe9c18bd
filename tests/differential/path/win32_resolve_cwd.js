// path differential: win32 resolve cwd
const path = require('path');
function show(f) {
  try { console.log(JSON.stringify(f())); } catch (e) { console.log(e.code + ' ' + e.message); }
}
const r = path.win32.resolve('a');
console.log(r.endsWith('\\a'), r[0] === '\\', r.includes('/'));
console.log(path.win32.resolve('C:a').startsWith('C:\\'));
console.log(path.win32.resolve('') === path.win32.resolve('.'));
