// path differential: tonamespacedpath posix
const path = require('path');
function show(f) {
  try { console.log(JSON.stringify(f())); } catch (e) { console.log(e.code + ' ' + e.message); }
}
show(() => path.toNamespacedPath("/a"));
show(() => path.toNamespacedPath("a"));
show(() => path.toNamespacedPath(""));
show(() => path.toNamespacedPath(5));
show(() => path.toNamespacedPath(null));
show(() => path.toNamespacedPath("C:\\a"));
