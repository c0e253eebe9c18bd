// PerformanceMark can be constructed directly without joining the timeline; class relations.
const { PerformanceEntry, PerformanceMark, PerformanceMeasure, Performance } = require('perf_hooks');
const pm = new PerformanceMark('solo', { startTime: 3, detail: [1] });
console.log(pm.name, pm.startTime, pm.detail, pm instanceof PerformanceEntry, performance.getEntriesByName('solo').length);
console.log(performance instanceof Performance, PerformanceMeasure.prototype instanceof PerformanceEntry);
console.log(typeof PerformanceEntry, typeof PerformanceMark);
