// Buffer: 10 MB encoded to a utf8 string and decoded back (Buffer.toString + Buffer.from).
// hosts: node nodeboa chromium
// bytes: 10485760
const size = 10 * 1024 * 1024;
// Printable ASCII, so utf8 round-trips; built from a string (a byte loop is slow setup in Boa).
const src = Buffer.from('The quick brown fox jumps over the lazy dog 0123456789 ~!@#$%^&*() '.repeat(size / 64).slice(0, size));
const t0 = performance.now();
const text = src.toString('utf8');
const back = Buffer.from(text, 'utf8');
const ms = performance.now() - t0;
if (back.length !== size || !back.equals(src)) throw new Error('round trip');
console.log(`BENCH buffer_utf8 ${ms}`);
