// Loop: 100 000 setTimeout(0) callbacks, all scheduled up front, while 10 000 long timers are
// pending (timer-list insertion and expiry cost). Not chained: node clamps 0 to 1 ms, so a chain
// of 100 000 hops would measure the clock, not the runtime.
// hosts: node nodeboa chromium bare
const N = 100000;
const pending = [];
for (let i = 0; i < 10000; i++) pending.push(setTimeout(() => {}, 1e6 + i));
let n = 0;
function f() {
  if (++n === N) {
    const ms = performance.now() - t0;
    for (const t of pending) clearTimeout(t);
    console.log(`BENCH set_timeout ${ms}`);
  }
}
const t0 = performance.now();
for (let i = 0; i < N; i++) setTimeout(f, 0);
