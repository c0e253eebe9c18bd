// Checks that process.on('unhandledRejection') receives (reason, promise) and the process keeps running with code 0.
const p = Promise.reject(new Error('rejected!'));
const q = Promise.reject(42);
process.on('unhandledRejection', (reason, promise) => {
  console.log('unhandled:', reason instanceof Error ? reason.message : reason,
    'promise matches:', promise === p || promise === q);
});
setTimeout(() => console.log('timer still runs'), 5);
process.on('exit', (code) => console.log('exit', code));
