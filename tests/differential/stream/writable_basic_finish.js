// Checks Writable write callbacks, 'finish', end callback and 'close' ordering.
const { Writable } = require('stream');
const chunks = [];
const w = new Writable({
  decodeStrings: false,
  write(chunk, enc, cb) { chunks.push(chunk); console.log('write', chunk, enc); cb(); },
});
w.write('a', () => console.log('cb a'));
w.write('b', () => console.log('cb b'));
w.end('c', () => console.log('end cb'));
w.on('prefinish', () => console.log('prefinish'));
w.on('finish', () => console.log('finish', chunks.join(''), w.writableFinished));
w.on('close', () => console.log('close'));
console.log('sync', w.writableEnded, w.writableFinished);
