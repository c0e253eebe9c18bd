// path differential: win32 matchesGlob drive letters compare case-insensitively, //?/C: equals C:, and //server paths keep their leading empty parts
const path = require('path');
function show(f) {
  try { console.log(JSON.stringify(f())); } catch (e) { console.log(e.name + " " + e.message); }
}
function m(plat, p, g) { show(() => [plat, p, g, path[plat].matchesGlob(p, g)]); }
for (const [p, g] of [['c:\\a', 'C:/**'], ['C:\\a', 'c:/*'], ['c:/', 'C:/**'], ['c:\\', 'C:/'], ['\\\\?\\C:\\x', 'C:/**'],
  ['\\\\?\\c:\\x', 'C:/*'], ['C:\\x', '//?/c:/*'], ['//?/C:/x/y', '//?/C:/**'], ['c:', 'C:'], ['d:\\a', 'C:/*'],
  ['\\\\.\\', '!(a)'], ['\\\\?\\', '*'], ['//x//', '*'], ['//x', '/*'], ['//x/y', '//*/*'], ['/', '//.'],
  ['\\\\server\\share\\', '//server/share'], ['//a:b/..', '!(a)'], ['x/c:/y', '**/C:/y']]) {
  m('win32', p, g);
  m('posix', p, g);
}
