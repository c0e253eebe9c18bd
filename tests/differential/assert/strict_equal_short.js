// assert differential: strictEqual one-line messages for short primitives
const assert = require('assert');
function t(f) {
  try { f(); console.log('pass'); } catch (e) {
    console.log(e.name, e.code, JSON.stringify(e.message), e.generatedMessage, e.operator);
  }
}
t(() => assert.strictEqual(1, 2));
t(() => assert.strictEqual(1, '1'));
t(() => assert.strictEqual(NaN, 0));
t(() => assert.strictEqual(null, undefined));
t(() => assert.strictEqual(true, false));
t(() => assert.strictEqual(1n, 2n));
