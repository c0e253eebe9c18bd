// crypto differential: setAutoPadding(false) with manual PKCS#7 and zero padding, both directions
const crypto = require('crypto');
const key = Buffer.alloc(24, 0x5a);
const iv = Buffer.alloc(16, 0xa5);
const data = Buffer.from('exactly thirty-two bytes long!!!');
const c = crypto.createCipheriv('aes-192-cbc', key, iv).setAutoPadding(false);
const ct = Buffer.concat([c.update(data), c.final()]);
console.log(ct.length, ct.toString('hex'));
// Decrypt with padding on: the last block must look like PKCS#7.
const d = crypto.createDecipheriv('aes-192-cbc', key, iv);
try { d.update(ct); d.final(); console.log('unexpected'); } catch (e) { console.log(e.reason); }
// Manual PKCS#7 padding decrypts with padding on.
const padded = Buffer.concat([Buffer.from('hello'), Buffer.alloc(11, 11)]);
const c2 = crypto.createCipheriv('aes-192-cbc', key, iv).setAutoPadding(false);
const ct2 = Buffer.concat([c2.update(padded), c2.final()]);
const d2 = crypto.createDecipheriv('aes-192-cbc', key, iv);
console.log(Buffer.concat([d2.update(ct2), d2.final()]).toString());
// And padding on for encryption, off for decryption: the padding stays in the output.
const c3 = crypto.createCipheriv('aes-192-cbc', key, iv);
const ct3 = Buffer.concat([c3.update('hi'), c3.final()]);
const d3 = crypto.createDecipheriv('aes-192-cbc', key, iv).setAutoPadding(false);
console.log(Buffer.concat([d3.update(ct3), d3.final()]).toString('hex'));
// Toggling between updates counts at final time.
const c4 = crypto.createCipheriv('aes-192-ecb', key, null);
c4.update('abc');
c4.setAutoPadding(false);
try { c4.final(); } catch (e) { console.log('toggled', e.code); }
