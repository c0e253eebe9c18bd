// crypto differential: one cipher keeps one output encoding; unknown output encodings throw
const crypto = require('crypto');
function show(f) {
  try { const r = f(); console.log(Buffer.isBuffer(r) ? '<buf ' + r.toString('hex') + '>' : JSON.stringify(r)); }
  catch (e) { console.log(e.code, e.name, JSON.stringify(e.message)); }
}
const key = Buffer.alloc(16, 1);
const iv = Buffer.alloc(16, 2);
let c = crypto.createCipheriv('aes-128-cbc', key, iv);
show(() => c.update('a'.repeat(20), 'utf8', 'hex'));
show(() => c.update('b', 'utf8', 'base64'));
show(() => c.final('latin1'));
c = crypto.createCipheriv('aes-128-cbc', key, iv);
show(() => c.update('a'.repeat(20), 'utf8', 'hex'));
show(() => c.update('b'));
show(() => c.final('hex'));
show(() => crypto.createCipheriv('aes-128-cbc', key, iv).update('x', 'utf8', 'bogus'));
show(() => crypto.createCipheriv('aes-128-cbc', key, iv).final('nope'));
show(() => crypto.createCipheriv('aes-128-cbc', key, iv).update('abc', 'hex'));
show(() => crypto.createCipheriv('aes-128-cbc', key, iv).update(12));
show(() => crypto.createCipheriv('aes-128-cbc', key, iv).update(null));
show(() => crypto.createCipheriv('aes-128-cbc', key, iv).update());
