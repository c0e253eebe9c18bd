// Checks end() after finish gives ERR_STREAM_ALREADY_FINISHED to its callback.
const { Writable } = require('stream');
const w = new Writable({ write(c, e, cb) { cb(); } });
w.end(() => {
  console.log('first end done');
  w.end((err) => console.log('second', err && err.code, err && err.message));
});
