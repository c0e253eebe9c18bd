// Checks that calling process.exit(n) inside an exit listener stops remaining listeners and sets the code.
process.on('exit', (code) => {
  console.log('listener 1, code', code);
  process.exit(8);
});
process.on('exit', () => console.log('listener 2: not reached'));
console.log('main');
