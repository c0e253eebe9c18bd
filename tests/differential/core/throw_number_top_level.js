// Checks that `throw 42` at top level exits with code 1 after earlier output.
console.log('before throw');
process.on('exit', (code) => console.log('exit code', code));
throw 42;
