// path differential: parse basic
const path = require('path');
function show(f) {
  try { console.log(JSON.stringify(f())); } catch (e) { console.log(e.code + ' ' + e.message); }
}
show(() => path.parse("/home/user/file.txt"));
show(() => path.parse("file.txt"));
show(() => path.parse("/"));
show(() => path.parse(""));
show(() => path.parse("a/b/"));
show(() => path.parse("./a.b"));
show(() => path.parse("../x.y.z"));
