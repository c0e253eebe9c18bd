// Checks that process.exit(2) inside beforeExit fires exit once with code 2 and no second beforeExit.
let n = 0;
process.on('beforeExit', (code) => {
  n++;
  console.log('beforeExit', n, code);
  process.exit(2);
});
process.on('exit', (code) => console.log('exit', code, 'beforeExit count', n));
