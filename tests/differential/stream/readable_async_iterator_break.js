// Checks that breaking out of for await destroys the stream and emits 'close'.
const { Readable } = require('stream');
const r = Readable.from([1, 2, 3, 4]);
r.on('close', () => console.log('close'));
(async () => {
  for await (const v of r) {
    console.log(v);
    if (v === 2) break;
  }
  console.log('after loop', r.destroyed);
})();
