// util.inspect of performance entries (fixed start times).
const m = performance.mark('shown', { startTime: 1.5, detail: { k: 'v' } });
console.log(m);
performance.mark('other', { startTime: 4 });
console.log(performance.measure('span', 'shown', 'other'));
console.log([m]);
console.log(require('util').inspect(m, { depth: -1 }));
