// path differential: win32 drive case
const path = require('path');
function show(f) {
  try { console.log(JSON.stringify(f())); } catch (e) { console.log(e.code + ' ' + e.message); }
}
show(() => path.win32.relative("C:\\Foo", "c:\\foo\\Bar"));
show(() => path.win32.relative("c:\\", "C:\\"));
show(() => path.win32.resolve("c:\\a", "C:b"));
show(() => path.win32.resolve("C:\\a", "c:b"));
