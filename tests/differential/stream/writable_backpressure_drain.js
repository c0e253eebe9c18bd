// Checks backpressure: write() returns false at highWaterMark and 'drain' follows.
const { Writable } = require('stream');
const w = new Writable({
  objectMode: true,
  highWaterMark: 2,
  write(chunk, enc, cb) { setTimeout(() => { console.log('wrote', chunk); cb(); }, 1); },
});
console.log(w.write(1), w.writableLength, w.writableNeedDrain);
console.log(w.write(2), w.writableLength, w.writableNeedDrain);
console.log(w.write(3), w.writableLength);
w.on('drain', () => {
  console.log('drain', w.writableLength);
  w.end();
});
w.on('finish', () => console.log('finish'));
