// assert differential: strictEqual of multi-line strings
const assert = require('assert');
function t(f) {
  try { f(); console.log('pass'); } catch (e) {
    console.log(e.name, e.code, JSON.stringify(e.message), e.generatedMessage, e.operator);
  }
}
t(() => assert.strictEqual('a\nb', 'a\nc'));
t(() => assert.strictEqual('l1\nl2\nl3\nl4', 'l1\nl2\nl3\nl5'));
