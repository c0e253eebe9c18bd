// Checks unshift() puts data back at the front of the buffer.
const { Readable } = require('stream');
const r = new Readable({ objectMode: true, read() {} });
r.push('b');
r.push('c');
r.unshift('a');
r.push(null);
const out = [];
r.on('data', (d) => out.push(d));
r.on('end', () => console.log(out.join('')));
