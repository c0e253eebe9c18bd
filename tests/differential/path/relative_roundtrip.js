// path differential: relative roundtrip
const path = require('path');
function show(f) {
  try { console.log(JSON.stringify(f())); } catch (e) { console.log(e.code + ' ' + e.message); }
}
const pairs = [['/a/b', '/a/c/d'], ['/x', '/x/y/z'], ['/p/q', '/'], ['/', '/m/n']];
for (const [f, t] of pairs) {
  const r = path.relative(f, t);
  console.log(JSON.stringify([f, t, r, path.resolve(f, r)]));
}
