// Checks that process.exit() right after writing ~60 KB to stdout loses nothing.
// NOTE: kept under a pipe's 64 KiB: past it node itself loses the tail now and then (its pipe
// writes go async once the pipe is full, and process.exit drops what is queued; seen with
// ~200 KB: 2 runs in 30 stopped at 64 896 bytes).
const line = 'x'.repeat(95);
for (let i = 0; i < 600; i++) console.log(String(i).padStart(4, '0') + line);
console.log('last line');
process.exit(0);
