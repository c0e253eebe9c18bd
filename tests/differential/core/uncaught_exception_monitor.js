// Checks that uncaughtExceptionMonitor sees the error but does not prevent the crash (exit code 1).
process.on('uncaughtExceptionMonitor', (err, origin) => {
  console.log('monitor:', err.message, origin);
});
process.on('exit', (code) => console.log('exit', code));
console.log('before throw');
setTimeout(() => {
  throw new Error('monitored');
}, 1);
