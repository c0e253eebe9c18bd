// crypto differential: HMAC keys as strings with encodings, buffers, views, long keys
const crypto = require('crypto');
function show(f) {
  try { const r = f(); console.log(Buffer.isBuffer(r) ? "<buf " + r.toString("hex") + ">" : typeof r === "string" ? JSON.stringify(r) : r); }
  catch (e) { console.log(e.name, e.code, JSON.stringify(e.message)); }
}

show(() => crypto.createHmac('sha256', '6b6579', { encoding: 'hex' }).update('x').digest('hex'));
show(() => crypto.createHmac('sha256', 'key').update('x').digest('hex'));
show(() => crypto.createHmac('sha256', Buffer.from('key')).update('x').digest('hex'));
show(() => crypto.createHmac('sha256', 'k\u00e9y').update('x').digest('hex'));
show(() => crypto.createHmac('sha512', 'k'.repeat(129)).update('x').digest('hex'));
show(() => crypto.createHmac('sha1', new Uint16Array([0x6b65, 0x79])).update('x').digest('hex'));
show(() => crypto.createHmac('SHA256', 'key').update('x').digest('hex'));
show(() => crypto.createHmac('sha256', 'key').update('x').update(Buffer.from('y')).digest('latin1').length);
