// assert differential: deepEqual loose comparison pass and fail
const assert = require('assert');
function t(f) {
  try { f(); console.log('pass'); } catch (e) {
    console.log(e.name, e.code, JSON.stringify(e.message), e.generatedMessage, e.operator);
  }
}
t(() => assert.deepEqual({ a: 1 }, { a: '1' }));
t(() => assert.deepEqual([1, 2], ['1', '2']));
t(() => assert.deepEqual({ a: 1 }, { a: 2 }));
t(() => assert.deepEqual(new Date(0), new Date(1)));
t(() => assert.deepEqual(1, 2, 'custom'));
