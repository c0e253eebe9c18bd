// stdin: abc\ndef\n
// Checks pipeline(process.stdin, Transform, process.stdout).
const { pipeline, Transform } = require('stream');
pipeline(
  process.stdin,
  new Transform({ transform(c, e, cb) { cb(null, String(c).toUpperCase()); } }),
  process.stdout,
  (err) => console.error('done', err),
);
