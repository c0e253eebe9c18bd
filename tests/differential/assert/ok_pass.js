// assert differential: assert.ok / assert() pass with truthy values
const assert = require('assert');
function t(f) {
  try { f(); console.log('pass'); } catch (e) {
    console.log(e.name, e.code, JSON.stringify(e.message), e.generatedMessage, e.operator);
  }
}
t(() => assert.ok(1));
t(() => assert('x'));
t(() => assert.ok({}));
t(() => assert(true, 'm'));
