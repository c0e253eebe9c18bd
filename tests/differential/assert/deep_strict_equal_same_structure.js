// assert differential: deepStrictEqual of values that render identically
const assert = require('assert');
function t(f) {
  try { f(); console.log('pass'); } catch (e) {
    console.log(e.name, e.code, JSON.stringify(e.message), e.generatedMessage, e.operator);
  }
}
t(() => assert.deepStrictEqual({ a: Symbol() }, { a: Symbol() }));
t(() => assert.deepStrictEqual([function f() {}], [function f() {}]));
