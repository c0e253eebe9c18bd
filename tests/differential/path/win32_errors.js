// path differential: win32 errors
const path = require('path');
function show(f) {
  try { console.log(JSON.stringify(f())); } catch (e) { console.log(e.code + ' ' + e.message); }
}
show(() => path.win32.join('a', 1));
show(() => path.win32.resolve('a', null));
show(() => path.win32.relative(1, 'a'));
show(() => path.win32.basename('a', 1));
show(() => path.win32.format(null));
show(() => path.win32.normalize(undefined));
show(() => path.win32.parse([]));
