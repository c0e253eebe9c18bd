// Checks that an uncaught error exits with 1 even when process.exitCode was set, and exit listeners see 1.
process.exitCode = 5;
process.on('exit', (code) => console.log('exit code seen:', code));
setTimeout(() => { throw new Error('fatal'); }, 1);
