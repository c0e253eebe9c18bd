// util.inspect of AbortController and AbortSignal.
const ac = new AbortController();
console.log(ac);
console.log(ac.signal);
ac.abort();
console.log(ac);
console.log([ac.signal]);
console.log(require('util').inspect(ac, { depth: 0 }));
console.log(Object.prototype.toString.call(ac), Object.prototype.toString.call(ac.signal));
