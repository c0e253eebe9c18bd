// assert differential: deepStrictEqual pass cases
const assert = require('assert');
function t(f) {
  try { f(); console.log('pass'); } catch (e) {
    console.log(e.name, e.code, JSON.stringify(e.message), e.generatedMessage, e.operator);
  }
}
t(() => assert.deepStrictEqual({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] }));
t(() => assert.deepStrictEqual(new Map([[1, 2]]), new Map([[1, 2]])));
t(() => assert.deepStrictEqual(new Set([1, 2]), new Set([2, 1])));
t(() => assert.deepStrictEqual(new Date(5), new Date(5)));
t(() => assert.deepStrictEqual(/a/g, /a/g));
