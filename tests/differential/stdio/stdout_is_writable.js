// Checks process.stdout/stderr are Writable streams with fd, isTTY and columns as for a pipe.
const { Writable } = require('stream');
console.log(process.stdout instanceof Writable, process.stderr instanceof Writable);
console.log(process.stdout.fd, process.stderr.fd, process.stdout.isTTY, process.stdout.columns);
console.log(process.stdout.writable, typeof process.stdout.write, process.stdout.writableLength);
