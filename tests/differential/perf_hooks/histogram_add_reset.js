// RecordableHistogram add() (between histograms of the same and of different lowest/highest/
// figures, including itself), reset(), and recordDelta() counting (the first call only starts
// the clock).
const { createHistogram } = require('perf_hooks');

function dump(label, h) {
  console.log(label, h.count, h.exceeds, h.min, h.max, h.mean, h.stddev);
  console.log(' ', JSON.stringify([...h.percentiles]), h.percentile(50), h.percentile(99));
}

const a = createHistogram({ lowest: 1000, figures: 1 });
for (const v of [1, 5, 999, 1000, 1023, 1024, 5000, 123456, 2 ** 40]) a.record(v);
dump('a', a);
const b = createHistogram({ highest: 10000 });
for (const v of [1, 2, 3, 9999, 10000, 10001]) b.record(v);
dump('b', b);
const c = createHistogram();
c.add(a);
dump('c+a', c);
c.add(b);
dump('c+a+b', c);
c.add(c);
dump('c+c', c);
b.add(a);
dump('b+a', b);
a.add(b);
dump('a+b', a);
const d = createHistogram({ figures: 2 });
for (let i = 1; i <= 2000; i++) d.record((i * 7919) % 100003 + 1);
const e = createHistogram({ figures: 4 });
e.add(d);
dump('d', d);
dump('e+d', e);
console.log(a.add(createHistogram()), a.count);

c.reset();
dump('reset', c);
c.record(7);
dump('after', c);
console.log(c.reset(), c.count, c.exceeds, c.min);

// The clock must move between two calls for a delta above 0: a page's clock is coarser than
// node's (performance.now() is clamped to 5-100 µs there).
const advance = () => {
  const t = process.hrtime.bigint();
  while (process.hrtime.bigint() === t);
};
const r = createHistogram();
console.log(r.recordDelta(), r.count);
advance();
r.recordDelta();
advance();
r.recordDelta();
console.log(r.count, r.exceeds, r.min > 0, r.max >= r.min);
r.reset();
r.recordDelta();
console.log(r.count);
