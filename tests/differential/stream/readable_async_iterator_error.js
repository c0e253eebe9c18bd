// Checks that an error destroying the stream rejects the for await loop.
const { Readable } = require('stream');
const r = new Readable({ objectMode: true, read() {} });
r.push('first');
setTimeout(() => r.destroy(new Error('broken')), 2);
(async () => {
  try {
    for await (const v of r) console.log('value', v);
  } catch (e) {
    console.log('caught', e.message);
  }
})();
