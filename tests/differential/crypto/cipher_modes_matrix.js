// crypto differential: every implemented mode x key size, one plaintext, round trip and output
const crypto = require('crypto');
const text = 'The quick brown fox jumps over the lazy dog, twice: the quick brown fox.';
for (const mode of ['cbc', 'ctr', 'ecb', 'gcm']) {
  for (const bits of [128, 192, 256]) {
    const name = `aes-${bits}-${mode}`;
    const info = crypto.getCipherInfo(name);
    const key = Buffer.alloc(bits / 8).map((_, i) => i * 7 + bits);
    const iv = mode === 'ecb' ? null : Buffer.alloc(info.ivLength).map((_, i) => 255 - i);
    const c = crypto.createCipheriv(name, key, iv);
    const ct = Buffer.concat([c.update(text), c.final()]);
    const tag = mode === 'gcm' ? c.getAuthTag() : null;
    const d = crypto.createDecipheriv(name, key, iv);
    if (tag) d.setAuthTag(tag);
    const back = Buffer.concat([d.update(ct), d.final()]).toString();
    console.log(name, ct.length, ct.toString('base64'), tag ? tag.toString('hex') : '-', back === text);
  }
}
