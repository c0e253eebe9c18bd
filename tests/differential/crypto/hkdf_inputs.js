// crypto differential: hkdf with view/ArrayBuffer inputs, empty salt and info limits
const crypto = require('crypto');
function show(f) {
  try { const r = f(); console.log(Buffer.isBuffer(r) ? "<buf " + r.toString("hex") + ">" : typeof r === "string" ? JSON.stringify(r) : r); }
  catch (e) { console.log(e.name, e.code, JSON.stringify(e.message)); }
}

const hex = (ab) => Buffer.from(ab).toString('hex');
show(() => hex(crypto.hkdfSync('sha256', new Uint8Array([1, 2, 3]).buffer, new Uint8Array(0), new DataView(new ArrayBuffer(2)), 16)));
show(() => hex(crypto.hkdfSync('sha256', Buffer.from('ikm'), Buffer.from('salt'), Buffer.from('info'), 0)));
show(() => hex(crypto.hkdfSync('sha384', 'ikm', 'salt', Buffer.alloc(1024), 8)));
show(() => crypto.hkdfSync('sha384', 'ikm', 'salt', Buffer.alloc(1025), 8));
show(() => crypto.hkdfSync('sha256', 1, 'salt', 'info', 8));
show(() => crypto.hkdfSync('sha256', 'ikm', 1, 'info', 8));
show(() => crypto.hkdfSync('sha256', 'ikm', 'salt', 'info', 1.5));
