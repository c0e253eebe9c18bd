// Checks a class extending Readable with _read producing a counter, consumed in flowing mode.
const { Readable } = require('stream');
class Counter extends Readable {
  constructor() { super({ objectMode: true }); this.n = 0; }
  _read() {
    this.n++;
    if (this.n > 4) this.push(null);
    else this.push(this.n);
  }
}
const c = new Counter();
const seen = [];
c.on('data', (d) => seen.push(d));
c.on('end', () => console.log('seen', seen.join(','), c instanceof Readable));
