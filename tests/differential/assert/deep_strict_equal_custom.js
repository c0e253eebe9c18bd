// assert differential: deepStrictEqual with custom message
const assert = require('assert');
function t(f) {
  try { f(); console.log('pass'); } catch (e) {
    console.log(e.name, e.code, JSON.stringify(e.message), e.generatedMessage, e.operator);
  }
}
t(() => assert.deepStrictEqual({ a: 1 }, { a: 2 }, 'custom'));
t(() => assert.deepStrictEqual([1], [1, 2], 'custom'));
