// Checks that process.exit() inside a timer stops pending ticks, promises, immediates and timers.
setTimeout(() => {
  console.log('timer 1 exits');
  process.nextTick(() => console.log('tick after exit: not printed'));
  Promise.resolve().then(() => console.log('promise after exit: not printed'));
  setImmediate(() => console.log('immediate: not printed'));
  process.exit(0);
}, 5);
setTimeout(() => console.log('timer 2: not printed'), 5);
setTimeout(() => console.log('timer 3: not printed'), 50);
process.on('exit', () => console.log('exit listener runs'));
