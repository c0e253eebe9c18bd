// assert differential: throws with a failing validation function
const assert = require('assert');
function t(f) {
  try { f(); console.log('pass'); } catch (e) {
    console.log(e.name, e.code, JSON.stringify(e.message), e.generatedMessage, e.operator);
  }
}
t(() => assert.throws(() => { throw new Error('abc'); }, function check() { return false; }));
t(() => assert.throws(() => { throw new Error('abc'); }, () => 1));
