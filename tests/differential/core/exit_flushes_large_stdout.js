// Checks that process.exit() right after writing ~200 KB to stdout loses nothing (stdout pipes are synchronous).
const line = 'x'.repeat(99);
for (let i = 0; i < 2000; i++) console.log(String(i).padStart(4, '0') + line);
console.log('last line');
process.exit(0);
