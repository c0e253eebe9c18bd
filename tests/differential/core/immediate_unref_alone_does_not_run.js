// Checks that a lone unref'd immediate does not keep the process alive.
const im = setImmediate(() => console.log('should not run'));
im.unref();
console.log('scheduled and unrefd');
process.on('exit', (c) => console.log('exit', c));
