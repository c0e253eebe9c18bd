// Loop: 100 000 process.nextTick hops, each callback queueing the next.
// hosts: node nodeboa chromium bare
const N = 100000;
let n = 0;
const t0 = performance.now();
function f() {
  if (++n < N) process.nextTick(f);
  else console.log(`BENCH next_tick ${performance.now() - t0}`);
}
process.nextTick(f);
