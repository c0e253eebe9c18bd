// Checks that emit is synchronous, relative to nextTick and promise callbacks queued by listeners.
const EventEmitter = require('events');
const e = new EventEmitter();
e.on('go', (n) => {
  console.log('listener', n);
  process.nextTick(() => console.log('tick from listener', n));
  Promise.resolve().then(() => console.log('promise from listener', n));
});
console.log('before emit');
e.emit('go', 1);
console.log('between emits');
e.emit('go', 2);
console.log('after emits');
