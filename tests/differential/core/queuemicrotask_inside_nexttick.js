// Checks that queueMicrotask from a nextTick runs after the remaining ticks but before timers.
process.nextTick(() => {
  console.log('tick A');
  queueMicrotask(() => {
    console.log('microtask from A');
    process.nextTick(() => console.log('tick from microtask'));
  });
});
process.nextTick(() => console.log('tick B'));
setTimeout(() => console.log('timeout'), 0);
