// performance.nodeTiming: a PerformanceNodeTiming entry with Node's keys; shape of console.log(performance).
const nt = performance.nodeTiming;
console.log(Object.keys(nt), nt.constructor.name, nt.name, nt.entryType, nt.startTime, nt.loopExit, nt.uvMetricsInfo);
console.log(Object.keys(performance.toJSON()), Object.keys(nt.toJSON()));
console.log(typeof nt.duration, nt instanceof require('perf_hooks').PerformanceEntry);
console.log(require('util').inspect(performance).replace(/: [\d.]+/g, ': N'));
