// PerformanceObserver: batched async callback (after nextTick/microtasks, before a later setImmediate).
const { PerformanceObserver, PerformanceObserverEntryList } = require('perf_hooks');
const obs = new PerformanceObserver((list, o) => {
  console.log('cb', list.getEntries().map((e) => e.name), o === obs, list.getEntriesByType('mark').length,
    list.getEntriesByName('m2').length, list instanceof PerformanceObserverEntryList);
  obs.disconnect();
});
obs.observe({ entryTypes: ['mark', 'measure'] });
performance.mark('m1', { startTime: 1 });
performance.mark('m2', { startTime: 3 });
performance.measure('me', 'm1', 'm2');
setImmediate(() => console.log('immediate'));
process.nextTick(() => console.log('tick'));
Promise.resolve().then(() => console.log('micro'));
console.log(obs);
