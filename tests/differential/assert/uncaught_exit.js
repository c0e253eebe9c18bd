// assert differential: an uncaught assertion failure exits with code 1
const assert = require('assert');
function t(f) {
  try { f(); console.log('pass'); } catch (e) {
    console.log(e.name, e.code, JSON.stringify(e.message), e.generatedMessage, e.operator);
  }
}
console.log('before');
process.on('exit', (c) => console.log('exit', c));
assert.strictEqual(1, 2);
