// crypto differential: pbkdf2 keys longer than the digest, iteration counts, empty inputs
const crypto = require('crypto');
function show(f) {
  try { const r = f(); console.log(Buffer.isBuffer(r) ? "<buf " + r.toString("hex") + ">" : typeof r === "string" ? JSON.stringify(r) : r); }
  catch (e) { console.log(e.name, e.code, JSON.stringify(e.message)); }
}

show(() => crypto.pbkdf2Sync('pw', 'salt', 1, 100, 'sha256').toString('hex'));
show(() => crypto.pbkdf2Sync('pw', 'salt', 1000, 64, 'sha512').toString('base64'));
show(() => crypto.pbkdf2Sync('', '', 1, 32, 'sha256').toString('hex'));
show(() => crypto.pbkdf2Sync('pw', 'salt', 1, 1, 'md5').toString('hex'));
show(() => Buffer.isBuffer(crypto.pbkdf2Sync('pw', 'salt', 1, 1, 'md5')));
