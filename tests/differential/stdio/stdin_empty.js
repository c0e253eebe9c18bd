// Checks process.stdin at end of input immediately: 'end' with no data.
let n = 0;
process.stdin.on('data', () => n++);
process.stdin.on('end', () => console.log('end, chunks:', n));
