// assert differential: strictEqual long strings get a diff with ^ indicator
const assert = require('assert');
function t(f) {
  try { f(); console.log('pass'); } catch (e) {
    console.log(e.name, e.code, JSON.stringify(e.message), e.generatedMessage, e.operator);
  }
}
t(() => assert.strictEqual('hello world', 'hello there'));
t(() => assert.strictEqual('a'.repeat(30), 'a'.repeat(29) + 'b'));
t(() => assert.strictEqual('abcdefghijk', 'xbcdefghijk'));
