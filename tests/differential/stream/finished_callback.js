// Checks stream.finished on a Writable (finish) and a Readable (end).
const { Readable, Writable, finished } = require('stream');
const w = new Writable({ write(c, e, cb) { cb(); } });
finished(w, (err) => console.log('writable finished', err));
w.end('x');
const r = Readable.from(['a']);
finished(r, (err) => console.log('readable finished', err));
r.resume();
