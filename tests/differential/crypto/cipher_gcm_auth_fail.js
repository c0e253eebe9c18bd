// crypto differential: GCM authentication failures: tampered data, tag or AAD, missing tag
const crypto = require('crypto');
const key = crypto.createHash('sha256').update('gcm').digest();
const iv = Buffer.from('000102030405060708090a0b', 'hex');
const aad = Buffer.from('header');
const c = crypto.createCipheriv('aes-256-gcm', key, iv);
c.setAAD(aad);
const ct = Buffer.concat([c.update('secret message'), c.final()]);
const tag = c.getAuthTag();
function attempt(label, data, t, a) {
  const d = crypto.createDecipheriv('aes-256-gcm', key, iv);
  if (a) d.setAAD(a);
  if (t) d.setAuthTag(t);
  const out = d.update(data);
  try {
    d.final();
    console.log(label, 'ok', out.toString());
  } catch (e) {
    console.log(label, e.code, e.name, e.message, Object.keys(e).join(), out.length);
  }
}
attempt('good', ct, tag, aad);
const flipped = Buffer.from(ct); flipped[0] ^= 1;
attempt('data flipped', flipped, tag, aad);
const badTag = Buffer.from(tag); badTag[15] ^= 0x80;
attempt('tag flipped', ct, badTag, aad);
attempt('wrong aad', ct, tag, Buffer.from('Header'));
attempt('missing aad', ct, tag, null);
attempt('missing tag', ct, null, aad);
attempt('short tag prefix', ct, tag.subarray(0, 12), aad);
attempt('short tag wrong', ct, badTag.subarray(4), aad);
attempt('truncated data', ct.subarray(1), tag, aad);
