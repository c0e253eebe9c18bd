// PerformanceObserver: argument validation and supportedEntryTypes.
const { PerformanceObserver } = require('perf_hooks');
function t(fn) {
  try { fn(); console.log('ok'); } catch (e) { console.log(e.name, e.code, e.message); }
}
console.log(PerformanceObserver.supportedEntryTypes);
t(() => new PerformanceObserver(5));
const o = new PerformanceObserver(() => {});
t(() => o.observe({}));
t(() => o.observe());
t(() => o.observe({ type: 'mark', entryTypes: ['mark'] }));
t(() => o.observe(5));
t(() => o.disconnect());
console.log(o.takeRecords());
