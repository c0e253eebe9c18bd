// Checks stream.finished on a stream that already finished and closed.
const { Writable, finished } = require('stream');
const w = new Writable({ write(c, e, cb) { cb(); } });
w.end();
w.on('close', () => {
  finished(w, (err) => console.log('late finished', err));
});
