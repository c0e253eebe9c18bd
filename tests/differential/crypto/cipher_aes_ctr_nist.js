// crypto differential: AES-CTR known answers from NIST SP 800-38A (F.5), 128/192/256, both ways
const crypto = require('crypto');
const plain = '6bc1bee22e409f96e93d7e117393172aae2d8a571e03ac9c9eb76fac45af8e51' +
  '30c81c46a35ce411e5fbc1191a0a52eff69f2445df4f9b17ad2b417be66c3710';
const iv = Buffer.from('f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff', 'hex');
const cases = [
  ['aes-128-ctr', '2b7e151628aed2a6abf7158809cf4f3c'],
  ['aes-192-ctr', '8e73b0f7da0e6452c810f32b809079e562f8ead2522c6b7b'],
  ['aes-256-ctr', '603deb1015ca71be2b73aef0857d77811f352c073b6108d72d9810a30914dff4'],
];
for (const [name, key] of cases) {
  const c = crypto.createCipheriv(name, Buffer.from(key, 'hex'), iv);
  const ct = c.update(plain, 'hex', 'hex') + c.final('hex');
  console.log(name, ct);
  const d = crypto.createDecipheriv(name, Buffer.from(key, 'hex'), iv);
  console.log(name, d.update(ct.slice(0, 10), 'hex', 'hex') + d.update(ct.slice(10), 'hex', 'hex') + d.final('hex') === plain);
  // Odd lengths stream: no padding, output as long as input.
  const e = crypto.createCipheriv(name, Buffer.from(key, 'hex'), iv);
  console.log(name, [1, 7, 16, 33].map((n) => e.update(Buffer.alloc(n)).length).join(), e.final().length);
}
