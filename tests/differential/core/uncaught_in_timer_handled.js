// Checks that with an uncaughtException handler, a throwing timer is reported and the loop continues.
process.on('uncaughtException', (err, origin) => {
  console.log('caught:', err.message, 'origin:', origin);
});
setTimeout(() => {
  throw new Error('boom 1');
}, 5);
setTimeout(() => console.log('same-deadline timer still runs'), 5);
setTimeout(() => {
  console.log('later timer runs');
  setImmediate(() => { throw new Error('boom in immediate'); });
}, 20);
process.on('exit', (code) => console.log('exit code', code));
