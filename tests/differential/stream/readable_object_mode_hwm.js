// Checks objectMode push() return values against highWaterMark and how _read is called.
const { Readable } = require('stream');
let calls = 0;
const r = new Readable({ objectMode: true, highWaterMark: 2, read() { calls++; } });
console.log(r.push('a'), r.readableLength);
console.log(r.push('b'), r.readableLength);
console.log(r.push('c'), r.readableLength);
console.log('hwm', r.readableHighWaterMark, 'objectMode', r.readableObjectMode, 'calls', calls);
setImmediate(() => console.log('calls later', calls));
