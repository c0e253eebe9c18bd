// Checks that ticks and promises queued while a required module loads run only after the main script finishes.
console.log('main start');
process.nextTick(() => console.log('tick from main'));
const dep = require('./dep');
console.log('dep value:', dep.value);
Promise.resolve().then(() => console.log('promise from main'));
console.log('main end');
