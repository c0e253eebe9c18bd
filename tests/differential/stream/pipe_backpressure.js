// Checks pipe() pauses the source under backpressure and resumes on 'drain'.
const { Readable, Writable } = require('stream');
let i = 0;
const r = new Readable({ objectMode: true, highWaterMark: 2, read() { i++; this.push(i <= 6 ? i : null); } });
const w = new Writable({
  objectMode: true,
  highWaterMark: 1,
  write(c, e, cb) { console.log('write', c); setTimeout(cb, 1); },
});
r.on('pause', () => console.log('pause'));
w.on('drain', () => console.log('drain'));
w.on('finish', () => console.log('finish'));
r.pipe(w);
