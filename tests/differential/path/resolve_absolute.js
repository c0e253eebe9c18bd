// path differential: resolve absolute
const path = require('path');
function show(f) {
  try { console.log(JSON.stringify(f())); } catch (e) { console.log(e.code + ' ' + e.message); }
}
show(() => path.resolve("/a", "b"));
show(() => path.resolve("/a", "/b"));
show(() => path.resolve("/a/b", "..", "c"));
show(() => path.resolve("/", "..", ".."));
show(() => path.resolve("/a/", "./b/"));
show(() => path.resolve("/a", "b", "", "c"));
show(() => path.resolve("/x", "//y"));
