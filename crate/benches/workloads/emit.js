// EventEmitter: 1 000 000 emits of one event to one listener with one argument.
// hosts: node nodeboa chromium
// quick
const EventEmitter = require('events');
const e = new EventEmitter();
let sum = 0;
e.on('x', (v) => {
  sum += v;
});
const t0 = performance.now();
for (let i = 0; i < 1e6; i++) e.emit('x', 1);
const ms = performance.now() - t0;
if (sum !== 1e6) throw new Error(`sum ${sum}`);
console.log(`BENCH emit ${ms}`);
