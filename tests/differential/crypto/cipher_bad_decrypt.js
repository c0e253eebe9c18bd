// crypto differential: OpenSSL errors from final(): bad decrypt and wrong final block length
const crypto = require('crypto');
function show(label, f) {
  try { const r = f(); console.log(label, 'ok', r.toString('hex')); }
  catch (e) { console.log(label, e.code, e.name, e.message, e.library, e.reason, Object.keys(e).join()); }
}
const key = Buffer.alloc(16, 1);
const iv = Buffer.alloc(16, 2);
const enc = (data) => { const c = crypto.createCipheriv('aes-128-cbc', key, iv); return Buffer.concat([c.update(data), c.final()]); };
const dec = (data, padding = true, k = key) => {
  const d = crypto.createDecipheriv('aes-128-cbc', k, iv);
  d.setAutoPadding(padding);
  return Buffer.concat([d.update(data), d.final()]);
};
const good = enc('attack at dawn');
show('good', () => dec(good));
show('wrong key', () => dec(good, true, Buffer.alloc(16, 9)));
show('truncated', () => dec(good.subarray(0, 15)));
show('empty', () => dec(Buffer.alloc(0)));
show('extra byte', () => dec(Buffer.concat([good, Buffer.alloc(1)])));
show('no padding', () => dec(good, false));
show('no padding partial', () => dec(good.subarray(0, 10), false));
show('enc no padding partial', () => { const c = crypto.createCipheriv('aes-128-cbc', key, iv).setAutoPadding(false); c.update('abc'); return c.final(); });
show('enc no padding empty', () => crypto.createCipheriv('aes-128-cbc', key, iv).setAutoPadding(false).final());
show('ecb wrong key', () => { const c = crypto.createCipheriv('aes-256-ecb', Buffer.alloc(32), null); const ct = Buffer.concat([c.update('x'), c.final()]); const d = crypto.createDecipheriv('aes-256-ecb', Buffer.alloc(32, 1), null); d.update(ct); return d.final(); });
// Flip each byte of the last block: the padding check fails or the plaintext changes.
const results = [];
for (let i = 0; i < 16; i++) {
  const bad = Buffer.from(good);
  bad[i] ^= 0x01;
  try { results.push(dec(bad).length); } catch (e) { results.push(e.reason); }
}
console.log(results.join(','));
