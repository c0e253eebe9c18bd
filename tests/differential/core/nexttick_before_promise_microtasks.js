// Checks that all queued nextTick callbacks run before any promise microtask, even if the promise was queued first.
Promise.resolve().then(() => console.log('promise 1'));
Promise.resolve().then(() => console.log('promise 2'));
process.nextTick(() => console.log('tick 1'));
process.nextTick(() => console.log('tick 2'));
queueMicrotask(() => console.log('microtask 3'));
console.log('end of script');
