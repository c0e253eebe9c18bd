// Checks readable*/writable* state getters through a stream's life.
const { Readable, Writable } = require('stream');
const r = new Readable({ read() {}, highWaterMark: 10 });
console.log(r.readable, r.readableEnded, r.readableFlowing, r.readableHighWaterMark, r.readableLength, r.destroyed, r.closed);
r.push('abc');
console.log(r.readableLength, r.readableDidRead);
r.on('data', () => {});
r.push(null);
r.on('end', () => console.log('end', r.readable, r.readableEnded, r.readableDidRead));
r.on('close', () => console.log('close', r.closed, r.destroyed));
const w = new Writable({ write(c, e, cb) { cb(); }, highWaterMark: 5 });
console.log(w.writable, w.writableEnded, w.writableFinished, w.writableHighWaterMark, w.writableLength, w.writableCorked, w.writableObjectMode);
w.end();
console.log(w.writable, w.writableEnded, w.writableFinished);
w.on('finish', () => console.log('finish', w.writableFinished));
