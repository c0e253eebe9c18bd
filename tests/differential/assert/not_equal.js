// assert differential: assert.notEqual pass and fail
const assert = require('assert');
function t(f) {
  try { f(); console.log('pass'); } catch (e) {
    console.log(e.name, e.code, JSON.stringify(e.message), e.generatedMessage, e.operator);
  }
}
t(() => assert.notEqual(1, 2));
t(() => assert.notEqual(1, '1'));
t(() => assert.notEqual(NaN, NaN));
t(() => assert.notEqual('a', 'a', 'msg'));
