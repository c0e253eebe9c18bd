// Checks that an unhandled rejection crashes with exit code 1 after pending microtasks, before timers.
console.log('start');
Promise.reject(new Error('nobody catches me'));
Promise.resolve().then(() => console.log('microtask still runs'));
process.nextTick(() => console.log('tick still runs'));
setTimeout(() => console.log('timer: not printed'), 0);
process.on('exit', (code) => console.log('exit', code));
