// Checks that process.exit() without an argument uses process.exitCode.
process.exitCode = 2;
process.on('exit', (c) => console.log('exit with', c));
setImmediate(() => {
  console.log('calling process.exit()');
  process.exit();
});
