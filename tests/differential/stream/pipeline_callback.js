// Checks stream.pipeline through a Transform into a Writable, and the callback after finish.
const { pipeline, Readable, Transform, Writable } = require('stream');
const out = [];
pipeline(
  Readable.from(['a', 'b', 'c']),
  new Transform({ objectMode: true, transform(c, e, cb) { cb(null, c + c); } }),
  new Writable({ objectMode: true, write(c, e, cb) { out.push(c); cb(); } }),
  (err) => console.log('done', err, out),
);
