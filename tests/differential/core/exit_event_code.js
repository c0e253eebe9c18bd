// Checks that the exit event receives the code passed to process.exit and the process exits with it.
process.on('exit', (code) => {
  console.log('exit listener code:', code, 'process.exitCode:', process.exitCode);
});
console.log('about to exit with 5');
process.exit(5);
console.log('not printed');
