// path differential: isabsolute
const path = require('path');
function show(f) {
  try { console.log(JSON.stringify(f())); } catch (e) { console.log(e.code + ' ' + e.message); }
}
show(() => path.isAbsolute("/"));
show(() => path.isAbsolute("/a"));
show(() => path.isAbsolute("a"));
show(() => path.isAbsolute(""));
show(() => path.isAbsolute("./a"));
show(() => path.isAbsolute("//"));
show(() => path.isAbsolute("\\\\a"));
show(() => path.isAbsolute("C:/a"));
show(() => path.isAbsolute(1));
