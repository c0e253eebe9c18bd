// Checks stream/promises pipeline resolving after the destination finishes.
const { pipeline } = require('stream/promises');
const { Readable, Writable } = require('stream');
(async () => {
  const out = [];
  await pipeline(
    Readable.from(['x', 'y']),
    new Writable({ objectMode: true, write(c, e, cb) { out.push(c); cb(); } }),
  );
  console.log('resolved', out);
  try {
    await pipeline(
      new Readable({ read() { this.destroy(new Error('src failed')); } }),
      new Writable({ write(c, e, cb) { cb(); } }),
    );
  } catch (e) {
    console.log('rejected', e.message);
  }
})();
