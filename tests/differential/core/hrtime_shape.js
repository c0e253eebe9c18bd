// Checks process.hrtime() shape, hrtime(prev) diff, and hrtime.bigint() type and monotonicity.
const t = process.hrtime();
console.log('array:', Array.isArray(t), 'length:', t.length, 'ints:', t.every(Number.isInteger));
console.log('nanos < 1e9:', t[1] < 1e9);
const d = process.hrtime(t);
console.log('diff shape:', d.length, d[0] >= 0, d[1] >= 0);
const a = process.hrtime.bigint();
const b = process.hrtime.bigint();
console.log('bigint type:', typeof a, 'monotonic:', b >= a);
