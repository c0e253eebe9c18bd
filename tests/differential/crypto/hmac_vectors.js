// crypto differential: createHmac RFC 4231 / known vectors over several digests and key types
const crypto = require('crypto');
function show(f) {
  try { const r = f(); console.log(Buffer.isBuffer(r) ? "<buf " + r.toString("hex") + ">" : typeof r === "string" ? JSON.stringify(r) : r); }
  catch (e) { console.log(e.name, e.code, JSON.stringify(e.message)); }
}

for (const alg of ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha512-256', 'sha3-256', 'sha3-512']) {
  show(() => crypto.createHmac(alg, 'key').update('The quick brown fox jumps over the lazy dog').digest('hex'));
  show(() => crypto.createHmac(alg, Buffer.alloc(200, 0xaa)).update('long key').digest('base64'));
  show(() => crypto.createHmac(alg, '').digest('hex'));
}
show(() => crypto.createHmac('sha256', new Uint8Array([1, 2, 3])).update('x').digest('hex'));
show(() => crypto.createHmac('sha256', new Uint8Array([1, 2, 3]).buffer).update('x').digest('hex'));
show(() => crypto.createHmac('sha256', new DataView(new Uint8Array([1, 2, 3]).buffer)).update('x').digest('hex'));
