// Checks that a rejection handled within the same tick or a later microtask is not reported.
process.on('unhandledRejection', () => console.log('should not be reported'));
const p = Promise.reject(new Error('handled soon'));
Promise.resolve().then(() => Promise.resolve()).then(() => {
  p.catch((e) => console.log('caught in microtask:', e.message));
});
const q = Promise.reject(new Error('handled in tick'));
process.nextTick(() => q.catch((e) => console.log('caught in nextTick:', e.message)));
