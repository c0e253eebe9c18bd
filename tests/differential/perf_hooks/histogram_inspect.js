// util.inspect / console.log / toJSON / JSON.stringify of histograms: the `Histogram { ... }`
// block with its SafeMap of percentiles, depth handling, and the toJSON key order.
const util = require('util');
const { createHistogram, monitorEventLoopDelay } = require('perf_hooks');

const empty = createHistogram();
console.log(empty);
console.log(empty.toJSON());
console.log(JSON.stringify(empty));

const h = createHistogram({ lowest: 1000, figures: 1 });
for (const v of [1, 5, 999, 1000, 1023, 1024, 5000, 123456, 2 ** 40, 77, 77, 77]) h.record(v);
console.log(h);
console.log(h.toJSON());
console.log(JSON.stringify(h));
console.log(JSON.stringify({ h }, null, 1));
console.log(util.inspect(h, { depth: 0 }));
console.log(util.inspect(h, { depth: -1 }));
console.log(util.inspect([h], { depth: 0 }));
console.log(util.inspect({ a: { b: { c: h } } }));
console.log(util.inspect(h, { compact: false, breakLength: 40 }));
console.log([h, empty]);
console.log(`${h}`, Object.prototype.toString.call(h));

const m = h.percentiles;
console.log(m, m.size, m.get(50), [...m.keys()], m instanceof Map, util.types.isMap(m));
console.log(Object.getPrototypeOf(Object.getPrototypeOf(m)), m.constructor.name, Object.isFrozen(Object.getPrototypeOf(m)));
console.log(h.percentilesBigInt);
console.log(h.percentiles === m, m.size);

const eld = monitorEventLoopDelay();
console.log(eld);
console.log(util.inspect(eld, { depth: -1 }), eld.toJSON());
