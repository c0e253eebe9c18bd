// Checks that an unhandledRejection handler that throws crashes the process with code 1 before timers run.
process.on('unhandledRejection', (r) => {
  console.log('handler got', r);
  throw new Error('handler throws');
});
Promise.reject(1);
setTimeout(() => console.log('timer: not printed'), 5);
process.on('exit', (c) => console.log('exit', c));
