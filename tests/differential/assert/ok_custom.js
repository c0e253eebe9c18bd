// assert differential: assert.ok with a custom message and an Error message
const assert = require('assert');
function t(f) {
  try { f(); console.log('pass'); } catch (e) {
    console.log(e.name, e.code, JSON.stringify(e.message), e.generatedMessage, e.operator);
  }
}
t(() => assert.ok(false, 'custom'));
t(() => assert.ok(0, new RangeError('own')));
t(() => assert(false, ''));
