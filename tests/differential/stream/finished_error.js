// Checks stream.finished passes the stream's error.
const { Writable, finished } = require('stream');
const w = new Writable({ write(c, e, cb) { cb(new Error('nope')); } });
w.on('error', () => {});
finished(w, (err) => console.log('cb', err.message));
w.write('x');
