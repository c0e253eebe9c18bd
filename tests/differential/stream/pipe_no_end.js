// Checks pipe(dest, { end: false }) leaves the destination open.
const { Readable, Writable } = require('stream');
const w = new Writable({ objectMode: true, write(c, e, cb) { console.log('w', c); cb(); } });
w.on('finish', () => console.log('finish'));
const r = Readable.from([1, 2]);
r.pipe(w, { end: false });
r.on('end', () => {
  console.log('source end, dest ended?', w.writableEnded);
  w.end('last');
});
