// Checks that rejecting with undefined (non-Error) and no handler exits with code 1 after earlier output.
console.log('before');
new Promise((_, reject) => reject(undefined));
process.on('exit', (c) => console.log('exit', c));
