// the legacy text(buf, offset) method restarts decoding at offset
const { StringDecoder } = require('string_decoder');
const d = new StringDecoder('utf8');
d.write(Buffer.from([0xe2]));
console.log(JSON.stringify(d.text(Buffer.from('hello'), 2)));
console.log(JSON.stringify(d.text(Buffer.from('h€'), 1)));
console.log(JSON.stringify(d.end()));
