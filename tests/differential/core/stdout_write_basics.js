// Checks process.stdout.write: no newline added, returns true, and its callback runs before later ticks.
process.stdout.write('a');
console.log('b');
console.log('write returns', process.stdout.write(''));
process.stdout.write('with callback\n', () => console.log('write callback'));
process.nextTick(() => console.log('tick'));
Promise.resolve().then(() => console.log('promise'));
setImmediate(() => console.log('immediate'));
