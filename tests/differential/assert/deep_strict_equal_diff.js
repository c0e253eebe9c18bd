// assert differential: deepStrictEqual diff for nested objects
const assert = require('assert');
function t(f) {
  try { f(); console.log('pass'); } catch (e) {
    console.log(e.name, e.code, JSON.stringify(e.message), e.generatedMessage, e.operator);
  }
}
t(() => assert.deepStrictEqual({ a: 1, b: [1, 2, 3] }, { a: 1, b: [1, 2, 4] }));
t(() => assert.deepStrictEqual({ a: 1 }, { a: 2 }));
t(() => assert.deepStrictEqual({ a: 1, b: 2 }, { a: 1 }));
