// deepmerge: CommonJS UMD build
const merge = require('deepmerge');
console.log(merge({ a: [1], b: { c: 1 } }, { a: [2], b: { d: 2 } }));
