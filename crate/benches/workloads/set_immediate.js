// Loop: 100 000 setImmediate hops, each callback scheduling the next (check phase cost).
// hosts: node nodeboa chromium bare
// quick
const N = 100000;
let n = 0;
const t0 = performance.now();
function f() {
  if (++n < N) setImmediate(f);
  else console.log(`BENCH set_immediate ${performance.now() - t0}`);
}
setImmediate(f);
