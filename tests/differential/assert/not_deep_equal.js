// assert differential: notDeepEqual messages
const assert = require('assert');
function t(f) {
  try { f(); console.log('pass'); } catch (e) {
    console.log(e.name, e.code, JSON.stringify(e.message), e.generatedMessage, e.operator);
  }
}
t(() => assert.notDeepEqual({ a: 1 }, { a: 2 }));
t(() => assert.notDeepEqual({ a: 1 }, { a: '1' }));
t(() => assert.notDeepEqual([1], [1]));
