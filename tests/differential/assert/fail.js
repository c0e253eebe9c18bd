// assert differential: assert.fail forms
const assert = require('assert');
function t(f) {
  try { f(); console.log('pass'); } catch (e) {
    console.log(e.name, e.code, JSON.stringify(e.message), e.generatedMessage, e.operator);
  }
}
t(() => assert.fail());
t(() => assert.fail('boom'));
t(() => assert.fail(new TypeError('own')));
