// Checks that setting process.exitCode inside an exit listener changes the final exit code.
process.on('exit', (code) => {
  console.log('first listener sees', code);
  process.exitCode = 9;
});
process.on('exit', (code) => console.log('second listener sees', code, 'exitCode', process.exitCode));
console.log('main');
