// Checks the order of 'data', 'end' and 'close' for a flowing Readable pushed synchronously.
const { Readable } = require('stream');
const r = new Readable({ read() {} });
r.on('data', (c) => console.log('data', String(c)));
r.on('end', () => console.log('end'));
r.on('close', () => console.log('close'));
r.push('a');
r.push('b');
r.push(null);
console.log('sync done');
process.nextTick(() => console.log('tick'));
Promise.resolve().then(() => console.log('micro'));
setImmediate(() => console.log('immediate'));
