// Checks that uncaughtExceptionMonitor runs before uncaughtException handlers, and the process survives.
process.on('uncaughtException', (err) => console.log('handler:', err.message));
process.on('uncaughtExceptionMonitor', (err) => console.log('monitor:', err.message));
setTimeout(() => { throw new Error('first'); }, 1);
setTimeout(() => console.log('still alive'), 10);
