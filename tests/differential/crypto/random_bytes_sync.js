// crypto differential: randomBytes sync lengths, types and size errors
const crypto = require('crypto');
function show(f) {
  try { const r = f(); console.log(Buffer.isBuffer(r) ? "<buf " + r.toString("hex") + ">" : typeof r === "string" ? JSON.stringify(r) : r); }
  catch (e) { console.log(e.name, e.code, JSON.stringify(e.message)); }
}

for (const n of [0, 1, 16, 1000, 65536]) show(() => { const b = crypto.randomBytes(n); return Buffer.isBuffer(b) + ' ' + b.length; });
show(() => crypto.randomBytes(1.7).length);
show(() => crypto.randomBytes(-1));
show(() => crypto.randomBytes('a'));
show(() => crypto.randomBytes(2 ** 31));
show(() => crypto.randomBytes(NaN));
show(() => crypto.randomBytes());
show(() => crypto.randomBytes(4, 'x'));
show(() => crypto.pseudoRandomBytes(3).length);
show(() => { const a = crypto.randomBytes(32), b = crypto.randomBytes(32); return a.equals(b); });
