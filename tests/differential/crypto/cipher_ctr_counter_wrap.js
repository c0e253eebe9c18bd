// crypto differential: CTR's 128-bit counter carries across bytes and wraps at all-ones
const crypto = require('crypto');
const key = Buffer.alloc(16, 0x77);
for (const ivHex of ['ffffffffffffffffffffffffffffffff', '00000000000000000000000000ffffff',
  '0000000000000000ffffffffffffffff', '000000000000000000000000fffffffe']) {
  const c = crypto.createCipheriv('aes-128-ctr', key, Buffer.from(ivHex, 'hex'));
  const ks = c.update(Buffer.alloc(48));
  console.log(ivHex, ks.subarray(0, 16).toString('hex'), ks.subarray(16, 32).toString('hex'), ks.subarray(32).toString('hex'));
}
// Same keystream whatever the chunking.
const whole = crypto.createCipheriv('aes-128-ctr', key, Buffer.alloc(16, 0xff)).update(Buffer.alloc(100));
const c = crypto.createCipheriv('aes-128-ctr', key, Buffer.alloc(16, 0xff));
const parts = [3, 13, 1, 31, 52].map((n) => c.update(Buffer.alloc(n)));
console.log(Buffer.concat(parts).equals(whole));
