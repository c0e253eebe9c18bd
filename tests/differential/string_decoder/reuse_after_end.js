// a decoder is reusable after end()
const { StringDecoder } = require('string_decoder');
const d = new StringDecoder('utf8');
console.log(JSON.stringify(d.write(Buffer.from([0xe2, 0x82]))));
console.log(JSON.stringify(d.end()));
console.log(JSON.stringify(d.write(Buffer.from([0xac]))));
console.log(JSON.stringify(d.write(Buffer.from('€'))));
console.log(JSON.stringify(d.end(Buffer.from([0xf0, 0x9f]))));
