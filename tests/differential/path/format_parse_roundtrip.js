// path differential: format parse roundtrip
const path = require('path');
function show(f) {
  try { console.log(JSON.stringify(f())); } catch (e) { console.log(e.code + ' ' + e.message); }
}
for (const p of ['/a/b.c', 'a/b', '/', 'x.y', '', '/a/', '.b', 'a//b']) {
  console.log(JSON.stringify([p, path.format(path.parse(p))]));
}
