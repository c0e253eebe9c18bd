// Checks util.inspect options: depth, breakLength, compact, sorted, maxArrayLength, maxStringLength.
const util = require('util');
const obj = { b: 2, a: { c: { d: { e: [1, 2, 3] } } }, s: 'x'.repeat(30) };
console.log(util.inspect(obj));
console.log(util.inspect(obj, { depth: 0 }));
console.log(util.inspect(obj, { depth: Infinity, breakLength: Infinity }));
console.log(util.inspect(obj, { compact: false }));
console.log(util.inspect(obj, { sorted: true, depth: 1 }));
console.log(util.inspect([1, 2, 3, 4, 5], { maxArrayLength: 2 }));
console.log(util.inspect('a long string here', { maxStringLength: 4 }));
console.log(util.inspect('str'), util.inspect(5), util.inspect(null));
