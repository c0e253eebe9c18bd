// monitorEventLoopDelay: enable()/disable() return whether the state changed; while enabled, an
// unref'd timer records the gaps between its firings (nanoseconds), so a busy wait shows up
// in max; disabled, nothing more is recorded; reset() empties it. Only shapes are printed (the
// figures depend on timing), and polling waits for the firings instead of fixed sleeps.
const { monitorEventLoopDelay } = require('perf_hooks');

const h = monitorEventLoopDelay({ resolution: 1 });
console.log(h.count, h.min, h.max, h.mean, h.exceeds);
console.log(h.disable(), h.enable(), h.enable());

function waitFor(cond, then, tries = 0) {
  if (cond() || tries > 400) then(cond());
  else setTimeout(() => waitFor(cond, then, tries + 1), 5);
}

waitFor(() => h.count >= 2, (ok) => {
  console.log('recorded', ok);
  const before = h.count;
  const start = Date.now();
  while (Date.now() - start < 40);
  waitFor(() => h.count > before, (ok2) => {
    console.log('after busy', ok2, h.max >= 40e6, h.min > 0, h.min <= h.mean, h.mean <= h.max);
    console.log(h.stddev >= 0, h.percentile(50) >= h.min, h.percentile(100) === h.max, h.exceeds);
    console.log(typeof h.maxBigInt, h.countBigInt === BigInt(h.count), h.percentiles.get(100) > 0);
    console.log(h.disable(), h.disable());
    const frozen = h.count;
    setTimeout(() => {
      console.log('unchanged while disabled', h.count === frozen);
      h.reset();
      console.log(h.count, h.min, h.max, h.percentiles);
      console.log(h.enable());
      // Left enabled: the monitor's timer is unref'd and does not keep the process alive.
    }, 30);
  });
});
