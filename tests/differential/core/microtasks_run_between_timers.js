// Checks that microtasks and ticks drain between two timer callbacks with the same deadline (Node >= 11).
setTimeout(() => {
  console.log('timeout 1');
  process.nextTick(() => console.log('tick from 1'));
  Promise.resolve().then(() => console.log('promise from 1'));
}, 10);
setTimeout(() => {
  console.log('timeout 2');
  Promise.resolve().then(() => console.log('promise from 2'));
}, 10);
setTimeout(() => console.log('timeout 3'), 10);
