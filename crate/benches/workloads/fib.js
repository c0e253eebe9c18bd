// Plain JavaScript: recursive fib(25) (calls and integer arithmetic). Runs on bare Boa as is.
// hosts: node nodeboa chromium bare
// quick
function fib(n) {
  return n < 2 ? n : fib(n - 1) + fib(n - 2);
}
const t0 = performance.now();
const r = fib(25);
const ms = performance.now() - t0;
if (r !== 75025) throw new Error(`fib ${r}`);
console.log(`BENCH fib ${ms}`);
