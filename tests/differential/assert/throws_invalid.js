// assert differential: throws argument validation and ambiguity errors
const assert = require('assert');
function t(f) {
  try { f(); console.log('pass'); } catch (e) {
    console.log(e.name, e.code, JSON.stringify(e.message), e.generatedMessage, e.operator);
  }
}
t(() => assert.throws(() => { throw new Error('abc'); }, {}));
t(() => assert.throws(() => { throw new Error('abc'); }, 'abc'));
t(() => assert.throws(() => { throw 'abc'; }, 'abc'));
t(() => assert.throws(() => {}, 'a', 'b'));
t(() => assert.throws(() => {}, 5));
t(() => assert.throws(5));
