// path differential: join basic
const path = require('path');
function show(f) {
  try { console.log(JSON.stringify(f())); } catch (e) { console.log(e.code + ' ' + e.message); }
}
show(() => path.join("a", "b"));
show(() => path.join("/a", "b", "c"));
show(() => path.join("a/", "/b"));
show(() => path.join("a", "", "b"));
show(() => path.join());
show(() => path.join(""));
show(() => path.join("", ""));
show(() => path.join("/"));
show(() => path.join("a", "..", ".."));
