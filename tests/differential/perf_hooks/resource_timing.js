// PerformanceResourceTiming: a PerformanceEntry subclass that only the runtime builds (`new`
// throws), its prototype getters in Node's order and kinds, the `this` checks, and the global.
const ph = require('perf_hooks');

function describe(proto) {
  for (const key of Object.getOwnPropertyNames(proto)) {
    const d = Object.getOwnPropertyDescriptor(proto, key);
    const kind = d.get ? 'get' : typeof d.value;
    const fn = d.get || d.value;
    console.log(' ', key, kind, d.enumerable, d.configurable, d.writable, typeof fn === 'function' ? `${fn.name}/${fn.length}` : '');
  }
}

const P = ph.PerformanceResourceTiming;
console.log(P.name, P.length, Object.getPrototypeOf(P) === ph.PerformanceEntry, P.prototype.constructor === P);
console.log(globalThis.PerformanceResourceTiming === P, typeof PerformanceResourceTiming);
console.log(Object.getOwnPropertyNames(globalThis).filter((n) => n.startsWith('Performance')));
describe(P.prototype);
console.log(Object.prototype.toString.call(P.prototype), P.prototype instanceof ph.PerformanceEntry);
function t(fn) {
  try {
    console.log('ok', fn());
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
t(() => new P());
t(() => P.prototype.name);
t(() => P.prototype.initiatorType);
t(() => P.prototype.transferSize);
t(() => Object.getOwnPropertyDescriptor(P.prototype, 'duration').get.call({}));
t(() => P.prototype.toJSON.call(5));
