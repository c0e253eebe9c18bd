// crypto differential: hkdfSync RFC 5869 vectors, ArrayBuffer result, errors
const crypto = require('crypto');
function show(f) {
  try { const r = f(); console.log(Buffer.isBuffer(r) ? "<buf " + r.toString("hex") + ">" : typeof r === "string" ? JSON.stringify(r) : r); }
  catch (e) { console.log(e.name, e.code, JSON.stringify(e.message)); }
}

const hex = (ab) => Buffer.from(ab).toString('hex');
show(() => hex(crypto.hkdfSync('sha256', Buffer.from('0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b', 'hex'), Buffer.from('000102030405060708090a0b0c', 'hex'), Buffer.from('f0f1f2f3f4f5f6f7f8f9', 'hex'), 42)));
show(() => hex(crypto.hkdfSync('sha1', 'key', '', '', 20)));
show(() => hex(crypto.hkdfSync('sha512', 'key', 'salt', 'info', 100)));
show(() => crypto.hkdfSync('sha256', 'k', 's', 'i', 5) instanceof ArrayBuffer);
show(() => crypto.hkdfSync('sha256', 'k', 's', 'i', 255 * 32).byteLength);
show(() => crypto.hkdfSync('sha256', 'k', 's', 'i', 255 * 32 + 1));
show(() => crypto.hkdfSync('nope', 'k', 's', 'i', 5));
show(() => crypto.hkdfSync('sha256', 'k', 's', 'i', -1));
show(() => crypto.hkdfSync('sha256', 'k', 's', 'i'));
show(() => crypto.hkdfSync(1, 'k', 's', 'i', 5));
show(() => crypto.hkdfSync('sha256', 'k', 's', 'i', 5, 'x'));
show(() => crypto.hkdf('sha256', 'k', 's', 'i', 5));
crypto.hkdf('sha256', 'k', 's', 'i', 8, (err, ab) => console.log('cb', err, ab instanceof ArrayBuffer, hex(ab)));
console.log('sync');
