// assert differential: strictEqual with custom messages replaces the headline
const assert = require('assert');
function t(f) {
  try { f(); console.log('pass'); } catch (e) {
    console.log(e.name, e.code, JSON.stringify(e.message), e.generatedMessage, e.operator);
  }
}
t(() => assert.strictEqual(1, 2, 'custom'));
t(() => assert.strictEqual('hello world', 'hello there', 'custom'));
t(() => assert.strictEqual({}, {}, 'custom'));
t(() => assert.strictEqual(1, 2, ''));
t(() => assert.strictEqual(1, 2, new TypeError('own')));
