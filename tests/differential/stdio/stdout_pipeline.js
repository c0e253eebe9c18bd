// Checks stream.pipeline into process.stdout with a Transform.
const { pipeline, Readable, Transform } = require('stream');
pipeline(
  Readable.from(['a\n', 'b\n']),
  new Transform({ transform(c, e, cb) { cb(null, String(c).toUpperCase()); } }),
  process.stdout,
  (err) => console.error('done', err),
);
