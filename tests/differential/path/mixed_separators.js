// path differential: mixed separators
const path = require('path');
function show(f) {
  try { console.log(JSON.stringify(f())); } catch (e) { console.log(e.code + ' ' + e.message); }
}
show(() => path.normalize("a\\b/c"));
show(() => path.normalize("a\\..\\b"));
show(() => path.win32.normalize("a\\b/c"));
show(() => path.win32.normalize("a\\..\\b"));
show(() => path.basename("a\\b"));
show(() => path.basename("a/b\\"));
show(() => path.win32.basename("a\\b"));
show(() => path.win32.basename("a/b\\"));
