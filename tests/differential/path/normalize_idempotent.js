// path differential: normalize idempotent
const path = require('path');
function show(f) {
  try { console.log(JSON.stringify(f())); } catch (e) { console.log(e.code + ' ' + e.message); }
}
for (const p of ['a/b/../c/./d/', '/../x', '..//y', 'z/..', '', '//']) {
  const n = path.normalize(p);
  console.log(JSON.stringify([p, n, path.normalize(n) === n]));
}
