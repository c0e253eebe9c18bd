// Plain JavaScript: 300 000 small object allocations kept live in an array, plus string keys
// (allocator and garbage-collector cost). Runs on bare Boa as is.
// hosts: node nodeboa chromium bare
const t0 = performance.now();
const keep = [];
for (let i = 0; i < 300000; i++) keep.push({ i, s: `k${i}`, next: keep.length ? keep[keep.length - 1] : null });
const ms = performance.now() - t0;
console.log(`objects ${keep.length}`);
console.log(`BENCH alloc ${ms}`);
