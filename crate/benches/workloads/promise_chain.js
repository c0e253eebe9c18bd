// Loop: a flat chain of 100 000 promise reactions, each scheduling the next (microtask cost).
// Plain JavaScript: bare Boa runs this same script (its job queue drains the chain).
// hosts: node nodeboa chromium bare
// quick
const N = 100000;
let n = 0;
const t0 = performance.now();
function f() {
  if (++n < N) Promise.resolve().then(f);
  else console.log(`BENCH promise_chain ${performance.now() - t0}`);
}
Promise.resolve().then(f);
