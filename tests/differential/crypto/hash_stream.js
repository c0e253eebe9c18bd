// crypto differential: Hash and Hmac objects used as streams (write/end/read, setEncoding, pipe)
const crypto = require('crypto');
const { Readable, Transform } = require('stream');
const h = crypto.createHash('sha256');
console.log(h instanceof Transform);
h.write('ab');
h.end('c');
console.log(h.read().toString('hex'));
const h2 = crypto.createHash('md5');
h2.setEncoding('hex');
h2.on('data', (d) => console.log('data', d));
h2.on('end', () => console.log('end'));
h2.end('hello');
const m = crypto.createHmac('sha1', 'key');
Readable.from(['The quick ', 'brown fox']).pipe(m).on('finish', () => console.log('hmac', m.read().toString('hex')));
const plain = crypto.createHash('sha1').update('x');
console.log(Object.keys(plain).filter((k) => !k.startsWith('_')).length, plain.digest('hex'));
