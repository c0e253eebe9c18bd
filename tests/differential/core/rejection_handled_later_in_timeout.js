// Checks that without handlers, a rejection only caught in a later setTimeout still crashes (exit code 1).
const p = Promise.reject(new Error('caught too late'));
setTimeout(() => {
  console.log('timer: not printed');
  p.catch(() => {});
}, 0);
console.log('sync end');
