// The shape of perf_hooks' histograms: export order, the Histogram / RecordableHistogram /
// ELDHistogram prototypes (names, property kinds, lengths) and own keys of instances.
const ph = require('perf_hooks');

console.log(Object.keys(ph));
console.log(typeof ph.createHistogram, ph.createHistogram.length, ph.createHistogram.name);
console.log(typeof ph.monitorEventLoopDelay, ph.monitorEventLoopDelay.length, ph.monitorEventLoopDelay.name);

function describe(proto) {
  for (const key of Object.getOwnPropertyNames(proto)) {
    const d = Object.getOwnPropertyDescriptor(proto, key);
    const kind = d.get ? 'get' : typeof d.value;
    const fn = d.get || d.value;
    console.log(' ', key, kind, d.enumerable, d.configurable, d.writable, typeof fn === 'function' ? `${fn.name}/${fn.length}` : '');
  }
}

const h = ph.createHistogram();
const eld = ph.monitorEventLoopDelay();
const Recordable = Object.getPrototypeOf(h);
const Histogram = Object.getPrototypeOf(Recordable);
console.log(Recordable.constructor.name, Histogram.constructor.name, Object.getPrototypeOf(Histogram) === Object.prototype);
describe(Histogram);
describe(Recordable);
describe(Object.getPrototypeOf(eld));
console.log(Object.getPrototypeOf(Object.getPrototypeOf(eld)) === Histogram, eld.constructor.name);
console.log(Object.keys(h), Object.getOwnPropertyNames(h), Object.keys(eld), Object.getOwnPropertyNames(eld));
console.log(h.constructor === Recordable.constructor, Object.getOwnPropertyDescriptor(h, 'constructor').enumerable);
console.log(h instanceof Histogram.constructor, eld instanceof Histogram.constructor, eld instanceof Recordable.constructor);
console.log(Object.getOwnPropertyNames(Histogram.constructor), Histogram.constructor.length);
