// Checks stream.finished reports ERR_STREAM_PREMATURE_CLOSE when destroyed early.
const { Readable, finished } = require('stream');
const r = new Readable({ read() {} });
finished(r, (err) => console.log('cb', err && err.code, err && err.message));
r.destroy();
