// assert differential: deepStrictEqual diff collapses long identical runs with ...
const assert = require('assert');
function t(f) {
  try { f(); console.log('pass'); } catch (e) {
    console.log(e.name, e.code, JSON.stringify(e.message), e.generatedMessage, e.operator);
  }
}
t(() => assert.deepStrictEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], [1, 2, 3, 4, 5, 6, 7, 0, 9, 10]));
const a = Array.from({ length: 30 }, (_, i) => i);
const b = a.map((v) => (v === 15 ? -1 : v));
t(() => assert.deepStrictEqual(a, b));
