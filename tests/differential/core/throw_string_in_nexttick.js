// Checks that throwing a string inside nextTick without a handler exits with code 1 and drops later ticks.
process.nextTick(() => console.log('tick 1'));
process.nextTick(() => { throw 'string error'; });
process.nextTick(() => console.log('tick 3: not printed'));
console.log('sync');
