// crypto differential: invalid key and IV lengths for every mode and key size
const crypto = require('crypto');
function show(label, f) {
  try { f(); console.log(label, 'ok'); }
  catch (e) { console.log(label, e.code, e.name, e.message); }
}
for (const mode of ['cbc', 'ctr', 'ecb', 'gcm']) {
  for (const bits of [128, 192, 256]) {
    const name = `aes-${bits}-${mode}`;
    for (const keyLen of [0, 15, 16, 24, 32, 33]) {
      show(`${name} key ${keyLen}`, () => crypto.createCipheriv(name, Buffer.alloc(keyLen), mode === 'ecb' ? null : Buffer.alloc(mode === 'gcm' ? 12 : 16)));
    }
    for (const ivLen of [null, 0, 1, 8, 12, 15, 16, 17, 128, 129]) {
      show(`${name} iv ${ivLen}`, () => crypto.createDecipheriv(name, Buffer.alloc(bits / 8), ivLen === null ? null : Buffer.alloc(ivLen)));
    }
  }
}
