// Checks process.exit inside a promise callback: the rest of the microtask queue and later ticks never run.
process.on('exit', (c) => console.log('exit', c));
Promise.resolve().then(() => {
  console.log('promise 1 exits');
  process.exit(3);
});
Promise.resolve().then(() => console.log('promise 2: not printed'));
process.nextTick(() => console.log('tick runs first'));
setTimeout(() => console.log('timer: not printed'), 0);
