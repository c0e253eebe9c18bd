// Checks that process.exit(n) overrides a previously set process.exitCode.
process.exitCode = 2;
process.on('exit', (code) => console.log('exit code in listener:', code));
setTimeout(() => process.exit(6), 1);
