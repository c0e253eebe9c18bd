// crypto differential: sha512-224/256 and sha3-224/384 on multi-block inputs
const crypto = require('crypto');
function show(f) {
  try { const r = f(); console.log(Buffer.isBuffer(r) ? "<buf " + r.toString("hex") + ">" : typeof r === "string" ? JSON.stringify(r) : r); }
  catch (e) { console.log(e.name, e.code, JSON.stringify(e.message)); }
}

const data = 'x'.repeat(300);
for (const a of ['sha512-224', 'sha512-256', 'sha3-224', 'sha3-384', 'RSA-SHA512/224']) {
  show(() => crypto.createHash(a).update(data).digest('hex'));
  show(() => crypto.createHmac(a, 'k').update(data).digest('hex'));
}
