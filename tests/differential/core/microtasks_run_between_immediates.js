// Checks that microtasks and ticks drain between two immediate callbacks.
setImmediate(() => {
  console.log('immediate 1');
  Promise.resolve().then(() => console.log('promise from 1'));
  process.nextTick(() => console.log('tick from 1'));
});
setImmediate(() => {
  console.log('immediate 2');
  process.nextTick(() => console.log('tick from 2'));
});
setImmediate(() => console.log('immediate 3'));
