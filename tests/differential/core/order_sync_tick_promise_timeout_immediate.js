// Checks the classic order: sync code, nextTick, promise microtask, then the timeout/immediate inside a timer callback.
setTimeout(() => {
  console.log('timeout');
  setTimeout(() => console.log('inner timeout'), 0);
  setImmediate(() => console.log('inner immediate'));
  process.nextTick(() => console.log('inner nextTick'));
  Promise.resolve().then(() => console.log('inner promise'));
}, 0);
Promise.resolve().then(() => console.log('promise'));
process.nextTick(() => console.log('nextTick'));
queueMicrotask(() => console.log('queueMicrotask'));
console.log('sync');
