// path differential: extname basic
const path = require('path');
function show(f) {
  try { console.log(JSON.stringify(f())); } catch (e) { console.log(e.code + ' ' + e.message); }
}
show(() => path.extname("a.js"));
show(() => path.extname("a.b.c"));
show(() => path.extname(".bashrc"));
show(() => path.extname("a."));
show(() => path.extname("a.."));
show(() => path.extname(".."));
show(() => path.extname("..."));
show(() => path.extname("....a"));
show(() => path.extname("a/.b"));
show(() => path.extname("a.b/"));
show(() => path.extname("a.b//"));
show(() => path.extname("/a.b/c"));
show(() => path.extname(""));
show(() => path.extname("."));
show(() => path.extname("a..b"));
show(() => path.extname(".a.b"));
