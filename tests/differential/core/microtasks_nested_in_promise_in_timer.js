// Checks scheduling from inside a promise callback that runs in a timer: ticks, microtasks, then immediate before timeout.
setTimeout(() => {
  Promise.resolve().then(() => {
    console.log('promise in timer');
    setTimeout(() => console.log('timeout from promise'), 0);
    setImmediate(() => console.log('immediate from promise'));
    process.nextTick(() => console.log('tick from promise'));
    queueMicrotask(() => console.log('microtask from promise'));
  });
  process.nextTick(() => console.log('tick in timer'));
}, 1);
