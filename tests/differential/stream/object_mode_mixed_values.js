// Checks objectMode passes through non-string values, and null push ends the stream.
const { Readable } = require('stream');
const r = new Readable({ objectMode: true, read() {} });
r.push(0);
r.push(false);
r.push('');
r.push({ a: 1 });
r.push([1]);
r.push(null);
r.on('data', (d) => console.log(JSON.stringify(d)));
r.on('end', () => console.log('end'));
