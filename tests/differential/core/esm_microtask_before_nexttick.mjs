// Checks the ESM quirk: in an ES module main, promise microtasks run before nextTick callbacks.
process.nextTick(() => console.log('nextTick'));
Promise.resolve().then(() => console.log('promise'));
queueMicrotask(() => console.log('queueMicrotask'));
console.log('sync');
