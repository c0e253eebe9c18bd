// crypto differential: algorithm name spellings and case
const crypto = require('crypto');
function show(f) {
  try { const r = f(); console.log(Buffer.isBuffer(r) ? "<buf " + r.toString("hex") + ">" : typeof r === "string" ? JSON.stringify(r) : r); }
  catch (e) { console.log(e.name, e.code, JSON.stringify(e.message)); }
}

for (const a of ['SHA256', 'sha-256', 'RSA-SHA256', 'sha2-256', 'sha512/256', 'RSA-SHA512/256', 'sha-512/256', 'SHA512-256', 'sha-1', 'SHA3-256', 'SHAKE128', 'rsa-md5', 'sha256WithRSAEncryption', 'Md5', 'sha', 'sha0', '']) {
  show(() => crypto.createHash(a).digest('hex'));
}
