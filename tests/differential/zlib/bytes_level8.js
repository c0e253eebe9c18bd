// zlib differential: level 8 with default options produces node's exact bytes (text and random data)
const zlib = require('zlib');
const crypto = require('crypto');
let text = '';
let s = 7;
const words = 'the quick brown fox jumps over lazy dog lorem ipsum dolor sit amet'.split(' ');
while (text.length < 60000) { s = (s * 69069 + 1) >>> 0; text += words[s % words.length] + ((s >> 8) % 7 === 0 ? '.\n' : ' '); }
const random = Buffer.alloc(30000);
for (let i = 0; i < random.length; i++) { s = (s * 1103515245 + 12345) >>> 0; random[i] = s >>> 24; }
for (const input of [text, random]) {
  const out = zlib.deflateRawSync(input, { level: 8 });
  console.log(out.length, crypto.createHash('sha256').update(out).digest('hex'));
}
