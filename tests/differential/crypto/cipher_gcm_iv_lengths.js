// crypto differential: GCM IVs of 1 to 128 bytes (non-96-bit IVs go through GHASH)
const crypto = require('crypto');
const key = Buffer.alloc(32, 0x11);
for (const n of [1, 7, 8, 11, 12, 13, 16, 32, 60, 64, 100, 128]) {
  const iv = Buffer.alloc(n).map((_, i) => i + n);
  const c = crypto.createCipheriv('aes-256-gcm', key, iv);
  const ct = c.update('sixteen byte msg', 'utf8', 'hex') + c.final('hex');
  const tag = c.getAuthTag().toString('hex');
  const d = crypto.createDecipheriv('aes-256-gcm', key, iv);
  d.setAuthTag(Buffer.from(tag, 'hex'));
  console.log(n, ct, tag, d.update(ct, 'hex', 'utf8') + d.final('utf8'));
}
