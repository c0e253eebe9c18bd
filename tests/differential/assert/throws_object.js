// assert differential: throws with object matchers that do not match
const assert = require('assert');
function t(f) {
  try { f(); console.log('pass'); } catch (e) {
    console.log(e.name, e.code, JSON.stringify(e.message), e.generatedMessage, e.operator);
  }
}
t(() => assert.throws(() => { throw new Error('abc'); }, { message: 'abc', code: 'X' }));
t(() => assert.throws(() => { throw new Error('abc'); }, new Error('abd')));
t(() => assert.throws(() => { throw 5; }, { a: 1 }));
t(() => assert.throws(() => { throw new Error('abc'); }, { message: 'x' }, 'custom'));
