// Checks timers created from nextTick, promise and sync code with the same delay keep creation order.
process.nextTick(() => setTimeout(() => console.log('from tick'), 10));
Promise.resolve().then(() => setTimeout(() => console.log('from promise'), 10));
setTimeout(() => console.log('from sync'), 10);
queueMicrotask(() => setTimeout(() => console.log('from queueMicrotask'), 10));
