// Checks that a nextTick scheduled from a promise callback runs only after the promise microtask queue drains.
Promise.resolve().then(() => {
  console.log('then A');
  process.nextTick(() => console.log('tick from A'));
  Promise.resolve().then(() => console.log('then from A'));
});
Promise.resolve().then(() => console.log('then B'));
Promise.resolve().then(() => Promise.resolve().then(() => console.log('then C nested')));
setTimeout(() => console.log('timeout'), 0);
