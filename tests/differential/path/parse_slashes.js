// path differential: parse slashes
const path = require('path');
function show(f) {
  try { console.log(JSON.stringify(f())); } catch (e) { console.log(e.code + ' ' + e.message); }
}
show(() => path.parse("//"));
show(() => path.parse("///a"));
show(() => path.parse("//a//"));
show(() => path.parse("a//b"));
show(() => path.parse("a//"));
show(() => path.parse("/a/b//"));
