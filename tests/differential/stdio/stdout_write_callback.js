// Checks process.stdout.write returns true and calls back on a later tick.
const r = process.stdout.write('first\n', () => console.log('callback'));
console.log('returned', r);
process.nextTick(() => console.log('tick'));
