// The global performance is perf_hooks.performance; now() is a non-negative, increasing number.
const { performance } = require('perf_hooks');
console.log(globalThis.performance === performance, typeof performance.now());
const a = performance.now();
let x = 0;
for (let i = 0; i < 1000; i++) x += i;
const b = performance.now();
console.log(a >= 0, b >= a, x);
console.log(typeof performance.timeOrigin, performance.timeOrigin > 1.6e12, Math.abs(performance.timeOrigin + performance.now() - Date.now()) < 1000);
