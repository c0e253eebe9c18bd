// stdin: piped through\nto stdout\n
// Checks process.stdin.pipe(process.stdout).
process.stdin.pipe(process.stdout);
process.stdin.on('end', () => console.error('end'));
