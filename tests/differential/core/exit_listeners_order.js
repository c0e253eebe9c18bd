// Checks that exit listeners run in registration order, once listeners run once, and async work in them is dropped.
process.on('exit', () => console.log('listener 1'));
process.once('exit', () => console.log('once listener 2'));
process.prependListener('exit', () => console.log('prepended listener 0'));
process.on('exit', () => {
  console.log('listener 3 schedules a timer and a tick');
  setTimeout(() => console.log('timer in exit: never'), 0);
  process.nextTick(() => console.log('tick in exit: never'));
});
console.log('exit listeners:', process.listenerCount('exit'));
