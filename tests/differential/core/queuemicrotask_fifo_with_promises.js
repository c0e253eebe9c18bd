// Checks that queueMicrotask and promise reactions share one FIFO queue.
queueMicrotask(() => console.log('qm 1'));
Promise.resolve().then(() => console.log('then 1'));
queueMicrotask(() => console.log('qm 2'));
Promise.resolve('v').then((v) => console.log('then 2', v));
queueMicrotask(() => {
  console.log('qm 3');
  queueMicrotask(() => console.log('qm 3 nested'));
  Promise.resolve().then(() => console.log('then nested'));
});
queueMicrotask(() => console.log('qm 4'));
