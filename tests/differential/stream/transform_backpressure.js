// Checks a Transform holds write callbacks while its readable side is full.
const { Transform } = require('stream');
const t = new Transform({ objectMode: true, highWaterMark: 1, transform(c, e, cb) { cb(null, c); } });
const results = [];
for (let i = 0; i < 4; i++) results.push(t.write(i, () => console.log('cb', i)));
console.log('writes', results.join(','));
setTimeout(() => {
  console.log('reading');
  t.on('data', (d) => console.log('data', d));
}, 2);
