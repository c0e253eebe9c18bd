// perf_hooks exports the performance classes and constants.
const ph = require('perf_hooks');
for (const k of ['Performance', 'PerformanceEntry', 'PerformanceMark', 'PerformanceMeasure', 'performance', 'constants']) {
  console.log(k, k in ph, typeof ph[k]);
}
console.log(ph.constants.NODE_PERFORMANCE_GC_MAJOR, ph.constants.NODE_PERFORMANCE_GC_MINOR);
console.log(require('node:perf_hooks') === ph);
