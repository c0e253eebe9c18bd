// performance.measure between marks, from start, and with an options object.
performance.mark('a', { startTime: 10 });
performance.mark('b', { startTime: 25 });
const m1 = performance.measure('a-b', 'a', 'b');
console.log(m1.name, m1.entryType, m1.startTime, m1.duration, m1.detail);
const m2 = performance.measure('opts', { start: 'a', end: 'b', detail: 'd' });
console.log(m2.startTime, m2.duration, m2.detail);
const m3 = performance.measure('dur', { start: 2, duration: 3 });
console.log(m3.startTime, m3.duration);
const m4 = performance.measure('enddur', { end: 10, duration: 4 });
console.log(m4.startTime, m4.duration);
const m5 = performance.measure('fromOrigin');
console.log(m5.startTime, m5.duration > 0);
const m6 = performance.measure('fromA', 'a');
console.log(m6.startTime, m6.duration > 0);
console.log(m1.constructor.name);
