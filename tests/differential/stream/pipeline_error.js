// Checks pipeline destroys every stream and calls back with the first error.
const { pipeline, Readable, Transform, Writable } = require('stream');
const src = new Readable({ objectMode: true, read() {} });
const t = new Transform({ objectMode: true, transform(c, e, cb) { cb(c === 2 ? new Error('two') : null, c); } });
const dst = new Writable({ objectMode: true, write(c, e, cb) { console.log('dst', c); cb(); } });
pipeline(src, t, dst, (err) => {
  console.log('cb', err.message, src.destroyed, t.destroyed, dst.destroyed);
});
src.push(1);
src.push(2);
src.push(3);
