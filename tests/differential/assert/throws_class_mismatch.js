// assert differential: throws with a non-matching error class
const assert = require('assert');
function t(f) {
  try { f(); console.log('pass'); } catch (e) {
    console.log(e.name, e.code, JSON.stringify(e.message), e.generatedMessage, e.operator);
  }
}
t(() => assert.throws(() => { throw new TypeError('x'); }, RangeError));
class E1 extends Error {}
t(() => assert.throws(() => { throw new Error('x'); }, E1));
t(() => assert.throws(() => { throw 5; }, TypeError));
t(() => assert.throws(() => { throw new TypeError('x'); }, RangeError, 'mine'));
