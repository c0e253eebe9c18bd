// Checks that an unref'd interval runs while other work keeps the loop alive, then lets the process exit.
let ticks = 0;
const iv = setInterval(() => { ticks++; }, 5);
iv.unref();
setTimeout(() => console.log('ticks ran while alive:', ticks > 0), 60);
process.on('exit', () => console.log('exited; interval hasRef:', iv.hasRef()));
