// lastChar, lastNeed, lastTotal and util.inspect of a decoder
const { StringDecoder } = require('string_decoder');
const d = new StringDecoder('utf8');
console.log(d.lastNeed, d.lastTotal, d.lastChar);
d.write(Buffer.from([0xe2, 0x82]));
console.log(d.lastNeed, d.lastTotal, d.lastChar);
console.log(d);
d.end();
console.log(d.lastNeed, d.lastTotal);
const u = new StringDecoder('utf16le');
u.write(Buffer.from([0x3d, 0xd8]));
console.log(u.lastNeed, u.lastTotal, u);
const b = new StringDecoder('base64');
b.write(Buffer.from([1]));
console.log(b.lastNeed, b.lastTotal, b);
console.log(Object.keys(d));
