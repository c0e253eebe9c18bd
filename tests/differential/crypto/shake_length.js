// crypto differential: shake128/256 outputLength, including 0 and long outputs, and copy with a new length
const crypto = require('crypto');
function show(f) {
  try { const r = f(); console.log(Buffer.isBuffer(r) ? "<buf " + r.toString("hex") + ">" : typeof r === "string" ? JSON.stringify(r) : r); }
  catch (e) { console.log(e.name, e.code, JSON.stringify(e.message)); }
}

for (const n of [0, 1, 16, 32, 64, 200]) {
  show(() => crypto.createHash('shake128', { outputLength: n }).update('abc').digest('hex'));
  show(() => crypto.createHash('shake256', { outputLength: n }).update('abc').digest('hex'));
}
const h = crypto.createHash('shake256').update('x');
show(() => h.copy({ outputLength: 4 }).digest('hex'));
show(() => h.copy().digest('hex'));
show(() => h.digest('hex'));
