// assert differential: match and doesNotMatch
const assert = require('assert');
function t(f) {
  try { f(); console.log('pass'); } catch (e) {
    console.log(e.name, e.code, JSON.stringify(e.message), e.generatedMessage, e.operator);
  }
}
t(() => assert.match('abc', /b/));
t(() => assert.match('abc', /x/));
t(() => assert.doesNotMatch('abc', /x/));
t(() => assert.doesNotMatch('abc', /b/));
t(() => assert.match(123, /b/));
t(() => assert.match('a', 'a'));
t(() => assert.match('abc', /x/, 'custom'));
