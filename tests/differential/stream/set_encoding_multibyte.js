// Checks setEncoding('utf8') reassembles a multi-byte character split across chunks.
const { Readable } = require('stream');
const r = new Readable({ read() {} });
r.setEncoding('utf8');
const bytes = new Uint8Array([0xe2, 0x82, 0xac, 0x41]);
r.push(bytes.subarray(0, 1));
r.push(bytes.subarray(1, 3));
r.push(bytes.subarray(3));
r.push(null);
let out = '';
r.on('data', (s) => { out += s; console.log('chunk', JSON.stringify(s)); });
r.on('end', () => console.log('out', out, r.readableEncoding));
