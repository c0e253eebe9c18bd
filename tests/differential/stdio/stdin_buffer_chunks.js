// stdin: abc\n
// Checks process.stdin delivers Buffers when no encoding is set.
process.stdin.on('data', (d) => console.log(Buffer.isBuffer(d), d));
process.stdin.on('end', () => console.log('end'));
