// path differential: win32 normalize colons
const path = require('path');
function show(f) {
  try { console.log(JSON.stringify(f())); } catch (e) { console.log(e.code + ' ' + e.message); }
}
show(() => path.win32.normalize("a/../b:c"));
show(() => path.win32.normalize("./c:d"));
show(() => path.win32.normalize("foo:"));
show(() => path.win32.normalize("foo:bar"));
show(() => path.win32.normalize("ab:"));
show(() => path.win32.normalize("a\\b:"));
show(() => path.win32.normalize("x\\b:\\..\\c"));
show(() => path.win32.normalize("b:"));
show(() => path.win32.normalize("c:d\\.."));
show(() => path.win32.normalize("a:b:c"));
