// performance.mark creates PerformanceMark entries with detail cloned.
const detail = { x: 1 };
const m = performance.mark('start', { detail });
console.log(m.name, m.entryType, m.duration, m.detail, m.detail !== detail, typeof m.startTime);
console.log(m.constructor.name, Object.prototype.toString.call(m), Object.keys(m));
console.log(Object.keys(m.toJSON()), m.toJSON().name);
const fixed = performance.mark('fixed', { startTime: 12.5 });
console.log(fixed.startTime, performance.mark('nodetail').detail);
