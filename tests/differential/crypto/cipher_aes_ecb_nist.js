// crypto differential: AES-ECB known answers from NIST SP 800-38A (F.1), null and empty IVs
const crypto = require('crypto');
const plain = '6bc1bee22e409f96e93d7e117393172aae2d8a571e03ac9c9eb76fac45af8e51';
const cases = [
  ['aes-128-ecb', '2b7e151628aed2a6abf7158809cf4f3c'],
  ['aes-192-ecb', '8e73b0f7da0e6452c810f32b809079e562f8ead2522c6b7b'],
  ['aes-256-ecb', '603deb1015ca71be2b73aef0857d77811f352c073b6108d72d9810a30914dff4'],
];
for (const [name, key] of cases) {
  const c = crypto.createCipheriv(name, Buffer.from(key, 'hex'), null).setAutoPadding(false);
  const ct = c.update(plain, 'hex', 'hex') + c.final('hex');
  console.log(name, ct);
  const d = crypto.createDecipheriv(name, Buffer.from(key, 'hex'), Buffer.alloc(0)).setAutoPadding(false);
  console.log(name, d.update(ct, 'hex', 'hex') + d.final('hex') === plain);
  const p = crypto.createCipheriv(name, Buffer.from(key, 'hex'), null);
  console.log(name, p.update('hello', 'utf8', 'base64') + p.final('base64'));
}
