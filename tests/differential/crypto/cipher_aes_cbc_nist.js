// crypto differential: AES-CBC known answers from NIST SP 800-38A (F.2), 128/192/256, both ways
const crypto = require('crypto');
const plain = '6bc1bee22e409f96e93d7e117393172aae2d8a571e03ac9c9eb76fac45af8e51' +
  '30c81c46a35ce411e5fbc1191a0a52eff69f2445df4f9b17ad2b417be66c3710';
const iv = '000102030405060708090a0b0c0d0e0f';
const cases = [
  ['aes-128-cbc', '2b7e151628aed2a6abf7158809cf4f3c'],
  ['aes-192-cbc', '8e73b0f7da0e6452c810f32b809079e562f8ead2522c6b7b'],
  ['aes-256-cbc', '603deb1015ca71be2b73aef0857d77811f352c073b6108d72d9810a30914dff4'],
];
for (const [name, key] of cases) {
  const c = crypto.createCipheriv(name, Buffer.from(key, 'hex'), Buffer.from(iv, 'hex'));
  c.setAutoPadding(false);
  const ct = c.update(plain, 'hex', 'hex') + c.final('hex');
  console.log(name, ct);
  const d = crypto.createDecipheriv(name, Buffer.from(key, 'hex'), Buffer.from(iv, 'hex'));
  d.setAutoPadding(false);
  console.log(name, (d.update(ct, 'hex', 'hex') + d.final('hex')) === plain);
  // With padding on, a whole extra block of padding is added.
  const p = crypto.createCipheriv(name, Buffer.from(key, 'hex'), Buffer.from(iv, 'hex'));
  console.log(name, Buffer.concat([p.update(plain, 'hex'), p.final()]).toString('hex').slice(128));
}
