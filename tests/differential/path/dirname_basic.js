// path differential: dirname basic
const path = require('path');
function show(f) {
  try { console.log(JSON.stringify(f())); } catch (e) { console.log(e.code + ' ' + e.message); }
}
show(() => path.dirname("/a/b/c"));
show(() => path.dirname("/a/b/c/"));
show(() => path.dirname("a/b"));
show(() => path.dirname("a"));
show(() => path.dirname("/a"));
show(() => path.dirname("/"));
show(() => path.dirname(""));
show(() => path.dirname("//"));
show(() => path.dirname("//a"));
show(() => path.dirname("a//b"));
show(() => path.dirname("a///b//"));
show(() => path.dirname("./a"));
show(() => path.dirname("../a"));
show(() => path.dirname(".."));
