// Checks resume() with no 'data' listener drains the stream to 'end'.
const { Readable } = require('stream');
let reads = 0;
const r = new Readable({ objectMode: true, read() { reads++; this.push(reads < 4 ? reads : null); } });
r.on('end', () => console.log('end after', reads, 'reads'));
r.resume();
console.log('flowing', r.readableFlowing);
