// Checks that an error thrown in a timer without a handler exits with code 1 and stops later timers.
setTimeout(() => console.log('timer before throw'), 5);
setTimeout(() => {
  console.log('about to throw');
  throw new Error('boom in timer');
}, 10);
setTimeout(() => console.log('later timer: not printed'), 10);
setTimeout(() => console.log('much later timer: not printed'), 50);
process.on('exit', (code) => console.log('exit listener, code', code));
