// Checks that an error thrown in a queueMicrotask callback reaches uncaughtException and later microtasks still run.
process.on('uncaughtException', (e, origin) => console.log('caught:', e.message, origin));
queueMicrotask(() => { throw new Error('microtask failed'); });
queueMicrotask(() => console.log('next microtask'));
setTimeout(() => console.log('timer'), 1);
