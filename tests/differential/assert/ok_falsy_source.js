// assert differential: assert.ok falsy message quotes the call source
const assert = require('assert');
function t(f) {
  try { f(); console.log('pass'); } catch (e) {
    console.log(e.name, e.code, JSON.stringify(e.message), e.generatedMessage, e.operator);
  }
}
t(() => assert.ok(false));
t(() => assert(0 > 1));
t(() => assert.ok(null, undefined));
