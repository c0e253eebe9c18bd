// crypto differential: GCM authTagLength option and setAuthTag lengths (4, 8, 12-16 only)
const crypto = require('crypto');
function show(label, f) {
  try { const r = f(); console.log(label, 'ok', Buffer.isBuffer(r) ? r.toString('hex') : ''); }
  catch (e) { console.log(label, e.code, e.name, e.message); }
}
const key = Buffer.alloc(16, 0x42);
const iv = Buffer.alloc(12, 0x24);
for (let n = 1; n <= 17; n++) {
  show(`authTagLength ${n}`, () => {
    const c = crypto.createCipheriv('aes-128-gcm', key, iv, { authTagLength: n });
    c.update('payload');
    c.final();
    return c.getAuthTag();
  });
}
const c = crypto.createCipheriv('aes-128-gcm', key, iv);
const ct = Buffer.concat([c.update('payload'), c.final()]);
const tag = c.getAuthTag();
for (const n of [3, 4, 5, 8, 12, 13, 16]) {
  show(`setAuthTag ${n}`, () => {
    const d = crypto.createDecipheriv('aes-128-gcm', key, iv);
    d.setAuthTag(tag.subarray(0, n));
    return Buffer.concat([d.update(ct), d.final()]);
  });
}
// With authTagLength given to the decipher, only that length is accepted.
show('fixed 8 given 16', () => crypto.createDecipheriv('aes-128-gcm', key, iv, { authTagLength: 8 }).setAuthTag(tag));
show('fixed 8 given 8', () => {
  const d = crypto.createDecipheriv('aes-128-gcm', key, iv, { authTagLength: 8 });
  d.setAuthTag(tag.subarray(0, 8));
  return Buffer.concat([d.update(ct), d.final()]);
});
show('tag as hex string', () => {
  const d = crypto.createDecipheriv('aes-128-gcm', key, iv);
  d.setAuthTag(tag.toString('hex'), 'hex');
  return Buffer.concat([d.update(ct), d.final()]);
});
