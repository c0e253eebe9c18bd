// Checks the order of nextTick, promise, immediate and timers queued inside an immediate callback.
setImmediate(() => {
  console.log('immediate 1');
  setImmediate(() => console.log('immediate from immediate 1'));
  process.nextTick(() => console.log('tick from immediate 1'));
  Promise.resolve().then(() => console.log('promise from immediate 1'));
});
setImmediate(() => {
  console.log('immediate 2');
  queueMicrotask(() => console.log('microtask from immediate 2'));
});
