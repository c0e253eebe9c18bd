// createHistogram with 2000 values from a seeded PRNG (uniform, exponential,
// log-uniform up to 2^53): every figure, percentile and the percentiles map match node's
// HdrHistogram exactly, for the default and several lowest/highest/figures settings.
const { createHistogram } = require('perf_hooks');

function mulberry32(seed) {
  return () => {
    seed = (seed + 0x6D2B79F5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const rnd = mulberry32(20240607);
const generators = {
  uniform100: () => 1 + Math.floor(rnd() * 100),
  uniform1e6: () => 1 + Math.floor(rnd() * 1e6),
  skewed: () => 1 + Math.floor(rnd() ** 4 * 1e12),
  logUniform: () => Math.min(Number.MAX_SAFE_INTEGER, 1 + Math.floor(2 ** (rnd() * 53))),
  nearPow2: () => Math.max(1, 2 ** Math.floor(rnd() * 52) + Math.floor(rnd() * 3) - 1),
  exponential: () => 1 + Math.floor(-Math.log(1 - rnd()) * 1e7),
};
const configs = [undefined, { figures: 1 }, { figures: 4 }, { lowest: 7, highest: 1e9 },
  { lowest: 1000, highest: 2 ** 40, figures: 2 }, { highest: 5000 }];

for (const options of configs) {
  for (const [name, next] of Object.entries(generators)) {
    const h = createHistogram(options);
    for (let i = 0; i < 2000; i++) h.record(next());
    console.log(JSON.stringify(options), name, h.count, h.exceeds, h.min, h.max, h.mean, h.stddev);
    console.log(' ', JSON.stringify([...h.percentiles]));
    console.log(' ', [0.5, 10, 50, 90, 99, 99.99].map((p) => h.percentile(p)).join(' '));
  }
}
