// assert differential: throws passes with class, regexp, function and object matchers
const assert = require('assert');
function t(f) {
  try { f(); console.log('pass'); } catch (e) {
    console.log(e.name, e.code, JSON.stringify(e.message), e.generatedMessage, e.operator);
  }
}
const f = () => { throw new TypeError('abc'); };
t(() => assert.throws(f));
t(() => assert.throws(f, TypeError));
t(() => assert.throws(f, Error));
t(() => assert.throws(f, /abc/));
t(() => assert.throws(f, (e) => e.message === 'abc'));
t(() => assert.throws(f, { name: 'TypeError', message: /ab/ }));
t(() => assert.throws(f, new TypeError('abc')));
