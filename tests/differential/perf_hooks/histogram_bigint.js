// Histograms and bigints: record(bigint) (above 2^53 with a bigint `highest`), the *BigInt
// getters (minBigInt, maxBigInt, countBigInt, exceedsBigInt, percentileBigInt,
// percentilesBigInt) next to their number twins, and bigint lowest/highest options.
const { createHistogram } = require('perf_hooks');

function dump(label, h) {
  console.log(label, h.count, h.countBigInt, h.exceeds, h.exceedsBigInt);
  console.log(' ', h.min, h.minBigInt, h.max, h.maxBigInt, h.mean, h.stddev);
  console.log(' ', [1, 50, 99, 100].map((p) => `${h.percentile(p)}/${h.percentileBigInt(p)}`).join(' '));
  console.log(' ', [...h.percentilesBigInt].map(([k, v]) => `${k}=${v}`).join(' '));
  console.log(' ', [...h.percentiles].map(([k, v]) => `${k}=${v}`).join(' '));
}

const empty = createHistogram();
dump('empty', empty);
console.log(typeof empty.minBigInt, typeof empty.percentileBigInt(50), empty.percentiles === empty.percentilesBigInt);

const small = createHistogram();
for (const v of [1n, 2n, 3n, 5, 2048n, 4097n, 123456789n]) small.record(v);
dump('small', small);

const wide = createHistogram({ lowest: 1n, highest: 2n ** 63n - 1n });
for (const v of [1n, 2n ** 53n, 2n ** 53n + 1n, 2n ** 54n - 1n, 2n ** 60n + 12345n, 2n ** 62n, 2n ** 63n - 1n, 3n]) {
  wide.record(v);
}
dump('wide', wide);
for (let i = 0n; i < 40n; i++) wide.record(2n ** 61n + i * 2n ** 50n);
dump('wide+', wide);

// Values beyond `highest` are counted in `exceeds`, not recorded.
const capped = createHistogram();
for (const v of [2n ** 53n - 1n, 2n ** 53n, 2n ** 60n, 2n ** 63n - 1n]) capped.record(v);
dump('capped', capped);

const mid = createHistogram({ lowest: 2n ** 20n, highest: 2n ** 62n, figures: 2 });
for (const v of [1, 2 ** 20, 2 ** 21 + 5, 2 ** 52, 2n ** 61n, 2n ** 62n, 2n ** 62n + 1n]) mid.record(v);
dump('mid', mid);

// The sum behind `mean` is a 64-bit integer in HdrHistogram; large values wrap it.
const wrap = createHistogram();
for (let i = 0; i < 1100; i++) wrap.record(2n ** 53n - 1n);
dump('wrap', wrap);
