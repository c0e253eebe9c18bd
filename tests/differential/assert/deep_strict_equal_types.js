// assert differential: deepStrictEqual with primitives of different types and -0
const assert = require('assert');
function t(f) {
  try { f(); console.log('pass'); } catch (e) {
    console.log(e.name, e.code, JSON.stringify(e.message), e.generatedMessage, e.operator);
  }
}
t(() => assert.deepStrictEqual(1, '1'));
t(() => assert.deepStrictEqual(0, -0));
t(() => assert.deepStrictEqual(NaN, NaN));
t(() => assert.deepStrictEqual([0], [-0]));
