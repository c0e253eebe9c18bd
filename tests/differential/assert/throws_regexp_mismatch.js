// assert differential: throws with a non-matching regexp
const assert = require('assert');
function t(f) {
  try { f(); console.log('pass'); } catch (e) {
    console.log(e.name, e.code, JSON.stringify(e.message), e.generatedMessage, e.operator);
  }
}
t(() => assert.throws(() => { throw new Error('abc'); }, /xyz/));
t(() => assert.throws(() => { throw 'str'; }, /xyz/));
