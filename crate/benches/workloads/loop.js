// Plain JavaScript: a 3 000 000-iteration numeric loop. Runs on bare Boa as is.
// hosts: node nodeboa chromium bare
const t0 = performance.now();
let s = 0;
for (let i = 0; i < 3000000; i++) s = (s + i * 7) % 1000003;
const ms = performance.now() - t0;
console.log(`sum ${s}`);
console.log(`BENCH loop ${ms}`);
