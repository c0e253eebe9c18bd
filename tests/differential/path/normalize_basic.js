// path differential: normalize basic
const path = require('path');
function show(f) {
  try { console.log(JSON.stringify(f())); } catch (e) { console.log(e.code + ' ' + e.message); }
}
show(() => path.normalize("a/b/c"));
show(() => path.normalize("/a/b/../c"));
show(() => path.normalize("a/./b"));
show(() => path.normalize("./a"));
show(() => path.normalize("../a"));
show(() => path.normalize("a/.."));
show(() => path.normalize("a/../.."));
show(() => path.normalize("/.."));
show(() => path.normalize("/../a"));
show(() => path.normalize(""));
