// assert differential: strictEqual pass cases
const assert = require('assert');
function t(f) {
  try { f(); console.log('pass'); } catch (e) {
    console.log(e.name, e.code, JSON.stringify(e.message), e.generatedMessage, e.operator);
  }
}
t(() => assert.strictEqual(NaN, NaN));
t(() => assert.strictEqual('a', 'a'));
const o = {};
t(() => assert.strictEqual(o, o));
t(() => assert.strictEqual(0, -0));
