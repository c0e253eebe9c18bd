// Engine floor for set_timeout.js: the same callback called 100 000 times from a plain loop.
const N = 100000;
let n = 0;
function f() {
  ++n;
}
const t0 = performance.now();
for (let i = 0; i < N; i++) f();
console.log(`BENCH set_timeout ${performance.now() - t0}`);
