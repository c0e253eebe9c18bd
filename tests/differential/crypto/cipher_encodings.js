// crypto differential: update/final input and output encodings, split across calls
const crypto = require('crypto');
const key = Buffer.from('k'.repeat(16));
const iv = Buffer.from('i'.repeat(16));
const input = 'héllo wörld — ünïcödé ✓ and more text to span blocks';
for (const enc of ['hex', 'base64', 'base64url', 'latin1', 'binary', 'utf16le', 'ucs2', 'ascii', 'utf8']) {
  const c = crypto.createCipheriv('aes-128-cbc', key, iv);
  const parts = [c.update(input.slice(0, 7), 'utf8', enc), c.update(input.slice(7), 'utf8', enc), c.final(enc)];
  console.log(enc, JSON.stringify(parts));
}
// Inputs in other encodings.
const ct = (data, enc) => {
  const c = crypto.createCipheriv('aes-128-ctr', key, iv);
  return c.update(data, enc, 'hex') + c.final('hex');
};
console.log(ct('68656c6c6f', 'hex'), ct('aGVsbG8=', 'base64'), ct('hello', 'latin1'), ct('hello', 'ascii'));
console.log(ct('hello', 'utf8'), ct('hello'), ct('hello', 'bogus'), ct(Buffer.from('hello'), 'hex'));
console.log(ct(new Uint8Array([104, 101, 108, 108, 111])), ct(new DataView(new Uint8Array([104, 101, 108, 108, 111]).buffer)));
// Decrypting straight to a utf8 string keeps multi-byte characters whole across updates.
const enc = crypto.createCipheriv('aes-128-ctr', key, iv);
const bytes = Buffer.concat([enc.update('✓✓✓'), enc.final()]);
const d = crypto.createDecipheriv('aes-128-ctr', key, iv);
console.log(JSON.stringify([d.update(bytes.subarray(0, 4), undefined, 'utf8'), d.update(bytes.subarray(4), undefined, 'utf8'), d.final('utf8')]));
console.log(Buffer.isBuffer(crypto.createCipheriv('aes-128-ctr', key, iv).update('x', 'utf8', 'buffer')));
