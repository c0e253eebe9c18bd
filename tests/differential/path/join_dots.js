// path differential: join dots
const path = require('path');
function show(f) {
  try { console.log(JSON.stringify(f())); } catch (e) { console.log(e.code + ' ' + e.message); }
}
show(() => path.join("a", "."));
show(() => path.join(".", "a"));
show(() => path.join("..", "a"));
show(() => path.join("a/b", "../../.."));
show(() => path.join("/a", "../.."));
show(() => path.join("./", "./"));
show(() => path.join("a/./b"));
show(() => path.join(".bashrc"));
show(() => path.join("a..b", "c"));
