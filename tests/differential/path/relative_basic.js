// path differential: relative basic
const path = require('path');
function show(f) {
  try { console.log(JSON.stringify(f())); } catch (e) { console.log(e.code + ' ' + e.message); }
}
show(() => path.relative("/a/b/c", "/a/d"));
show(() => path.relative("/a", "/a/b/c"));
show(() => path.relative("/a/b", "/a"));
show(() => path.relative("/", "/a"));
show(() => path.relative("/a", "/"));
show(() => path.relative("/a/b", "/a/b"));
show(() => path.relative("/ab", "/a"));
show(() => path.relative("/a/b", "/a/bc"));
show(() => path.relative("/a/b/", "/a/b"));
show(() => path.relative("/x/y", "/z"));
