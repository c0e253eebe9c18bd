// Checks an objectMode Transform that pushes several outputs per input.
const { Transform } = require('stream');
const t = new Transform({
  objectMode: true,
  transform(n, enc, cb) {
    for (let i = 0; i < n; i++) this.push(`${n}.${i}`);
    cb();
  },
});
const out = [];
t.on('data', (d) => out.push(d));
t.on('end', () => console.log(out.join(' ')));
[1, 2, 3].forEach((n) => t.write(n));
t.end();
