// EventTarget: an error thrown by a listener becomes an uncaughtException after dispatch returns.
process.on('uncaughtException', (err) => console.log('uncaught:', err.message));
const et = new EventTarget();
et.addEventListener('boom', () => { throw new Error('listener failed'); });
et.addEventListener('boom', () => console.log('second listener still runs'));
console.log('dispatch returned', et.dispatchEvent(new Event('boom')));
console.log('sync end');
Promise.resolve().then(() => console.log('microtask'));
