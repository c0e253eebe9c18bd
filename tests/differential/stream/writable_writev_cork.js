// Checks cork()/uncork() batching buffered writes into one _writev call.
const { Writable } = require('stream');
const w = new Writable({
  objectMode: true,
  write(c, e, cb) { console.log('write', c); cb(); },
  writev(chunks, cb) { console.log('writev', chunks.map((x) => x.chunk).join(',')); cb(); },
});
w.cork();
w.write('a');
w.write('b');
w.write('c');
console.log('corked', w.writableCorked, w.writableLength);
process.nextTick(() => w.uncork());
w.on('finish', () => console.log('finish'));
setTimeout(() => w.end('d'), 2);
