// path differential: basename ext
const path = require('path');
function show(f) {
  try { console.log(JSON.stringify(f())); } catch (e) { console.log(e.code + ' ' + e.message); }
}
show(() => path.basename("a.js", ".js"));
show(() => path.basename("a.js", "a.js"));
show(() => path.basename("a.js", "js"));
show(() => path.basename("a.js/", ".js"));
show(() => path.basename("x/bb/", "abb"));
show(() => path.basename("/", "x"));
show(() => path.basename("//", "/"));
show(() => path.basename("aaa/bbb", "bbb"));
show(() => path.basename("a.js", ""));
show(() => path.basename("file.tar.gz", ".gz"));
show(() => path.basename("file.tar.gz", ".tar.gz"));
show(() => path.basename("a.JS", ".js"));
