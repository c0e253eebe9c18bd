// assert differential: assert.fail with the deprecated multi-argument form
const assert = require('assert');
function t(f) {
  try { f(); console.log('pass'); } catch (e) {
    console.log(e.name, e.code, JSON.stringify(e.message), e.generatedMessage, e.operator);
  }
}
t(() => assert.fail(1, 2));
t(() => assert.fail(1, 2, undefined, '>'));
t(() => assert.fail(1, 2, 'm'));
