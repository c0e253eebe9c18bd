// EventTarget: a rejected promise returned by a listener is reported as uncaught.
process.on('uncaughtException', (err) => console.log('uncaught', err.message));
process.on('unhandledRejection', (err) => console.log('unhandled', err.message));
const et = new EventTarget();
et.addEventListener('a', async () => { throw new Error('async fail'); });
et.dispatchEvent(new Event('a'));
console.log('sync');
