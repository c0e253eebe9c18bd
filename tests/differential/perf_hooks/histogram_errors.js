// createHistogram / record / percentile / add / monitorEventLoopDelay argument errors, and the
// `this` checks of the Histogram methods and getters.
const { createHistogram, monitorEventLoopDelay } = require('perf_hooks');

function t(fn) {
  try {
    console.log('ok', fn());
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}

const h = createHistogram();
for (const v of [0, -1, 1.5, NaN, Infinity, 2 ** 53, 2 ** 53 - 1, 2 ** 63, '5', null, undefined, {}, true, Symbol('s'),
  0n, -1n, 1n, 2n ** 63n, 2n ** 63n - 1n, 2n ** 64n]) {
  t(() => h.record(v));
}
t(() => h.record());
console.log(h.count, h.exceeds);
for (const p of [0, -0, -1, 1, 50, 100, 101, 1.5, 1e-9, NaN, Infinity, '5', null, undefined, 50n]) {
  t(() => h.percentile(p));
  t(() => h.percentileBigInt(p));
}
t(() => h.add());
t(() => h.add(null));
t(() => h.add({}));
t(() => h.add(5));
t(() => h.add(monitorEventLoopDelay()));

for (const o of [null, 5, 'x', [], {}, { lowest: 0 }, { lowest: -1 }, { lowest: 1.5 }, { lowest: '1' }, { lowest: 2 ** 53 },
  { lowest: 10, highest: 19 }, { lowest: 10, highest: 20 }, { highest: 1 }, { highest: 2 }, { highest: 2 ** 53 },
  { highest: 2 ** 62 }, { figures: 0 }, { figures: 6 }, { figures: 1.5 }, { figures: '2' }, { figures: 5 },
  { lowest: 1n }, { highest: 2n }, { lowest: 2n ** 62n, highest: 2n ** 63n - 1n }, { lowest: 2n, highest: 3n }]) {
  t(() => createHistogram(o).count);
}
for (const o of [null, 5, 'x', {}, { resolution: 0 }, { resolution: 1 }, { resolution: -1 }, { resolution: 1.5 },
  { resolution: '1' }, { resolution: NaN }, { resolution: Infinity }, { resolution: 1n }, { resolution: 2 ** 53 }]) {
  t(() => monitorEventLoopDelay(o).count);
}

const Histogram = Object.getPrototypeOf(Object.getPrototypeOf(h));
const Recordable = Object.getPrototypeOf(h);
const eld = monitorEventLoopDelay();
const ELD = Object.getPrototypeOf(eld);
for (const key of ['count', 'min', 'maxBigInt', 'percentiles']) {
  const get = Object.getOwnPropertyDescriptor(Histogram, key).get;
  t(() => get.call({}));
  t(() => get.call(null));
  t(() => get.call(eld));
}
t(() => Histogram.percentile.call({}, 5));
t(() => Histogram.reset.call(undefined));
t(() => Recordable.record.call({}, 5));
t(() => Recordable.record.call(eld, 5));
t(() => Recordable.recordDelta.call(eld));
t(() => Recordable.add.call({}, h));
t(() => ELD.enable.call({}));
t(() => ELD.disable.call(h));
t(() => new h.constructor());
t(() => new eld.constructor());
t(() => new Histogram.constructor());
