// crypto differential: 1 MiB through each mode in uneven chunks; digests of the ciphertexts
const crypto = require('crypto');
const data = Buffer.alloc(1 << 20, 'a 37-byte repeating pattern of bytes!');
const key = crypto.createHash('sha256').update('large').digest();
for (const name of ['aes-256-cbc', 'aes-256-ctr', 'aes-256-ecb', 'aes-256-gcm']) {
  const iv = name.endsWith('ecb') ? null : Buffer.alloc(name.endsWith('gcm') ? 12 : 16, 1);
  const c = crypto.createCipheriv(name, key, iv);
  const h = crypto.createHash('sha256');
  let total = 0;
  for (let off = 0, step = 1; off < data.length; off += step, step = (step * 7 + 3) % 65536 + 1) {
    const out = c.update(data.subarray(off, off + step));
    total += out.length;
    h.update(out);
  }
  const last = c.final();
  h.update(last);
  total += last.length;
  console.log(name, total, h.digest('hex'), name.endsWith('gcm') ? c.getAuthTag().toString('hex') : '');
}
