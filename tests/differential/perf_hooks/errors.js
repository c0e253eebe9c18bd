// perf_hooks error codes and messages.
function t(fn) {
  try { fn(); console.log('ok'); } catch (e) { console.log(e.name, e.code, e.message); }
}
const { PerformanceEntry, PerformanceMark, PerformanceMeasure } = require('perf_hooks');
t(() => performance.mark());
t(() => performance.measure());
t(() => performance.measure('m', 'missing-mark'));
t(() => performance.measure('m', { start: 1 }, 'x'));
t(() => performance.measure('m', { start: 1, end: 2, duration: 1 }));
t(() => performance.mark('m', { startTime: -1 }));
t(() => performance.mark('m', 5));
t(() => new PerformanceEntry());
t(() => new PerformanceMeasure());
t(() => new PerformanceMark());
t(() => performance.getEntriesByName());
t(() => performance.getEntriesByType());
t(() => performance.timerify(5));
