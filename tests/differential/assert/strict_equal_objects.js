// assert differential: strictEqual of distinct objects
const assert = require('assert');
function t(f) {
  try { f(); console.log('pass'); } catch (e) {
    console.log(e.name, e.code, JSON.stringify(e.message), e.generatedMessage, e.operator);
  }
}
t(() => assert.strictEqual({}, {}));
t(() => assert.strictEqual([1, 2], [1, 2]));
t(() => assert.strictEqual({ a: 1 }, { a: 2 }));
t(() => assert.strictEqual(function f() {}, function g() {}));
