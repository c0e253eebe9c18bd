// Checks that process.exitCode = 3 makes a naturally finishing process exit with 3.
process.exitCode = 3;
setTimeout(() => console.log('still runs, exitCode is', process.exitCode), 5);
