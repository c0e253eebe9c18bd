// Checks the order of nextTick, promise, immediate and timeout queued inside a timer callback.
setTimeout(() => {
  console.log('timer');
  setImmediate(() => console.log('immediate from timer'));
  setTimeout(() => console.log('timeout from timer'), 0);
  Promise.resolve().then(() => {
    console.log('promise from timer');
    process.nextTick(() => console.log('tick from promise'));
  });
  process.nextTick(() => {
    console.log('tick from timer');
    Promise.resolve().then(() => console.log('promise from tick'));
  });
}, 5);
