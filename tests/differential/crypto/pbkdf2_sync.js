// crypto differential: pbkdf2Sync RFC 6070 vectors, digests, key types
const crypto = require('crypto');
function show(f) {
  try { const r = f(); console.log(Buffer.isBuffer(r) ? "<buf " + r.toString("hex") + ">" : typeof r === "string" ? JSON.stringify(r) : r); }
  catch (e) { console.log(e.name, e.code, JSON.stringify(e.message)); }
}

show(() => crypto.pbkdf2Sync('password', 'salt', 1, 20, 'sha1').toString('hex'));
show(() => crypto.pbkdf2Sync('password', 'salt', 2, 20, 'sha1').toString('hex'));
show(() => crypto.pbkdf2Sync('password', 'salt', 4096, 20, 'sha1').toString('hex'));
show(() => crypto.pbkdf2Sync('passwordPASSWORDpassword', 'saltSALTsaltSALTsaltSALTsaltSALTsalt', 4096, 25, 'sha1').toString('hex'));
for (const d of ['md5', 'sha224', 'sha256', 'sha384', 'sha512', 'sha3-256', 'SHA256', 'RSA-SHA1']) show(() => crypto.pbkdf2Sync('pw', 'na', 3, 40, d).toString('hex'));
show(() => crypto.pbkdf2Sync(Buffer.from('pw'), new Uint8Array([1, 2]), 1, 0, 'sha1').length);
show(() => crypto.pbkdf2Sync(new ArrayBuffer(3), new DataView(new ArrayBuffer(2)), 1, 8, 'sha1'));
