// Checks unpipe() stops data flowing to the destination and pauses the source.
const { Readable, Writable } = require('stream');
const r = new Readable({ objectMode: true, read() {} });
const w = new Writable({ objectMode: true, write(c, e, cb) { console.log('w', c); cb(); } });
w.on('unpipe', (src) => console.log('unpipe event', src === r));
r.pipe(w);
r.push(1);
setTimeout(() => {
  r.unpipe(w);
  console.log('flowing', r.readableFlowing, r.isPaused());
  r.push(2);
  setTimeout(() => console.log('buffered', r.readableLength), 2);
}, 2);
