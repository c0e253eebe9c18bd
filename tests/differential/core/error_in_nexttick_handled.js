// Checks that with an uncaughtException handler, a throwing nextTick does not stop the remaining ticks.
process.on('uncaughtException', (e) => console.log('caught', e.message));
process.nextTick(() => console.log('tick 1'));
process.nextTick(() => { throw new Error('tick 2 failed'); });
process.nextTick(() => console.log('tick 3'));
Promise.resolve().then(() => console.log('promise'));
setTimeout(() => console.log('timer'), 0);
