// Checks that beforeExit does not fire on process.exit() but exit does.
process.on('beforeExit', () => console.log('beforeExit should not fire'));
process.on('exit', (code) => console.log('exit event, code', code));
setTimeout(() => {
  console.log('calling process.exit()');
  process.exit();
}, 5);
