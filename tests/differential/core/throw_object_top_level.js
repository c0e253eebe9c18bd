// Checks that throwing a plain object at top level exits with code 1 after earlier output.
console.log('before');
process.on('exit', (code) => console.log('exit listener code', code));
throw { a: 1 };
