// Checks that promises created inside nextTick run after the whole nextTick queue, including ticks added meanwhile.
process.nextTick(() => {
  console.log('tick 1');
  Promise.resolve().then(() => console.log('promise from tick 1'));
  process.nextTick(() => console.log('tick from tick 1'));
});
process.nextTick(() => {
  console.log('tick 2');
  queueMicrotask(() => console.log('microtask from tick 2'));
});
console.log('sync');
