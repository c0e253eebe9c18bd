// Checks that removing the uncaughtException handler restores the default crash (exit code 1).
function handler(e) {
  console.log('handled', e.message);
  process.off('uncaughtException', handler);
}
process.on('uncaughtException', handler);
setTimeout(() => { throw new Error('first'); }, 1);
setTimeout(() => { throw new Error('second'); }, 20);
setTimeout(() => console.log('not printed'), 40);
process.on('exit', (c) => console.log('exit', c));
