// crypto differential: write()/end() with 'data' events; a bad decrypt surfaces as 'error'
const crypto = require('crypto');
const key = Buffer.alloc(16, 5);
const iv = Buffer.alloc(16, 6);
const c = crypto.createCipheriv('aes-128-cbc', key, iv);
const sizes = [];
c.on('data', (d) => sizes.push(d.length));
c.on('end', () => console.log('cipher data sizes', sizes.join(',')));
c.write('a'.repeat(10));
c.write(Buffer.alloc(30, 1));
c.end('tail');

// String chunks written with an encoding.
const h = crypto.createCipheriv('aes-128-ctr', key, iv);
let hexOut = '';
h.setEncoding('hex');
h.on('data', (d) => { hexOut += d; });
h.on('end', () => console.log('ctr hex', hexOut));
h.write('68656c6c6f', 'hex');
h.end('world', 'utf8');

// Decrypting garbage: the error comes from final() inside the stream's flush.
const d = crypto.createDecipheriv('aes-128-cbc', key, iv);
d.on('data', (chunk) => console.log('garbage data', chunk.length));
d.on('error', (e) => console.log('error event', e.code, e.message, e.library, e.reason));
d.on('end', () => console.log('unexpected end'));
d.end(Buffer.alloc(32, 0xaa));
