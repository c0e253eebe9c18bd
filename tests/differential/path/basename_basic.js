// path differential: basename basic
const path = require('path');
function show(f) {
  try { console.log(JSON.stringify(f())); } catch (e) { console.log(e.code + ' ' + e.message); }
}
show(() => path.basename("/a/b/c.txt"));
show(() => path.basename("/a/b/"));
show(() => path.basename("a"));
show(() => path.basename(""));
show(() => path.basename("/"));
show(() => path.basename("//"));
show(() => path.basename("a//"));
show(() => path.basename("./"));
show(() => path.basename(".."));
show(() => path.basename(".bashrc"));
show(() => path.basename("/a/b.c.d"));
