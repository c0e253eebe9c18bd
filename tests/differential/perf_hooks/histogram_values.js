// createHistogram: HdrHistogram's bucketed min, max, mean, stddev, percentile() and the
// percentiles map for small hand-picked value sets, including values at sub-bucket and bucket
// boundaries (2047/2048/2049, 4095/4096, powers of two) where figures are rounded.
const { createHistogram } = require('perf_hooks');

function dump(label, values, options) {
  const h = createHistogram(options);
  for (const v of values) h.record(v);
  console.log(label, h.count, h.exceeds, h.min, h.max, h.mean, h.stddev);
  console.log(' ', JSON.stringify([...h.percentiles]));
  console.log(' ', [0.001, 1, 25, 50, 75, 90, 99, 99.9, 100].map((p) => h.percentile(p)).join(' '));
}

dump('one', [1]);
dump('same', [5, 5]);
dump('two', [1, 2]);
dump('three', [1, 2, 3]);
dump('ten', [10, 9, 8, 7, 6, 5, 4, 3, 2, 1]);
dump('edge2048', [2047, 2048, 2049, 2050]);
dump('edge4096', [4094, 4095, 4096, 4097, 4098, 4099, 4100]);
dump('pow2', Array.from({ length: 53 }, (_, i) => 2 ** i));
dump('pow2minus1', Array.from({ length: 53 }, (_, i) => 2 ** (i + 1) - 1));
dump('pow10', Array.from({ length: 16 }, (_, i) => 10 ** i));
dump('maxsafe', [Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER - 1, 2 ** 52]);
dump('mixed', [1, 1000, 1000000, 1000000000, 1000000000000, 1000000000000000]);
dump('repeated', Array.from({ length: 100 }, (_, i) => (i % 7) + 1));
dump('linear', Array.from({ length: 1000 }, (_, i) => i + 1));
dump('squares', Array.from({ length: 300 }, (_, i) => (i + 1) ** 2));
dump('large-cluster', Array.from({ length: 50 }, (_, i) => 123456789012 + i * 4097));
