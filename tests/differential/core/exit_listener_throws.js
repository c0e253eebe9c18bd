// Checks that an error thrown in an exit listener skips later listeners and exits with code 1.
process.on('exit', (c) => {
  console.log('first listener, code', c);
  throw new Error('thrown in exit listener');
});
process.on('exit', () => console.log('second listener: not reached'));
console.log('main');
