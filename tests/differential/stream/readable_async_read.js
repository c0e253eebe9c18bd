// Checks a Readable whose _read pushes asynchronously (setTimeout), with 'data'/'end' ordering.
const { Readable } = require('stream');
let i = 0;
const r = new Readable({
  objectMode: true,
  read() {
    setTimeout(() => {
      i++;
      this.push(i <= 3 ? `chunk${i}` : null);
    }, 1);
  },
});
r.on('data', (d) => console.log('data', d));
r.on('end', () => console.log('end'));
r.on('close', () => console.log('close'));
