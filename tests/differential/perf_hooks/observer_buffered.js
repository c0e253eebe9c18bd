// PerformanceObserver with { type, buffered: true } also receives entries made before observe().
const { PerformanceObserver } = require('perf_hooks');
performance.mark('early', { startTime: 1 });
const o = new PerformanceObserver((list) => {
  console.log('buffered', list.getEntries().map((e) => e.name));
  o.disconnect();
});
o.observe({ type: 'mark', buffered: true });
performance.mark('late', { startTime: 2 });
const plain = new PerformanceObserver((list) => {
  console.log('unbuffered', list.getEntries().map((e) => e.name));
  plain.disconnect();
});
plain.observe({ type: 'mark' });
performance.mark('after', { startTime: 3 });
