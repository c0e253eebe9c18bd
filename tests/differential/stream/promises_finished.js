// Checks stream/promises finished and stream.promises being the same module.
const { finished } = require('stream/promises');
const stream = require('stream');
const r = stream.Readable.from([1]);
finished(r).then(() => console.log('finished resolved'));
r.resume();
const w = new stream.Writable({ write(c, e, cb) { cb(new Error('w fail')); } });
w.on('error', () => {});
finished(w).catch((e) => console.log('rejected', e.message));
w.write('x');
