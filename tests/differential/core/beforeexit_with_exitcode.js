// Checks that beforeExit receives process.exitCode and a promise scheduled in it keeps the loop going.
process.exitCode = 4;
let n = 0;
process.on('beforeExit', (code) => {
  console.log('beforeExit code', code, 'n', n);
  if (n++ === 0) Promise.resolve().then(() => console.log('microtask from beforeExit'));
  if (n === 1) setImmediate(() => console.log('immediate from beforeExit'));
});
process.on('exit', (code) => console.log('exit code', code));
