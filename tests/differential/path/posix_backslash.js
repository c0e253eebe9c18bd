// path differential: posix backslash
const path = require('path');
function show(f) {
  try { console.log(JSON.stringify(f())); } catch (e) { console.log(e.code + ' ' + e.message); }
}
show(() => path.dirname("a\\b"));
show(() => path.dirname("\\"));
show(() => path.isAbsolute("\\a"));
show(() => path.parse("C:\\x\\y.z"));
show(() => path.join("a\\", "b"));
