// assert differential: assert/strict and assert.strict
const assert = require('assert');
function t(f) {
  try { f(); console.log('pass'); } catch (e) {
    console.log(e.name, e.code, JSON.stringify(e.message), e.generatedMessage, e.operator);
  }
}
const strict = require('assert/strict');
console.log(strict === assert.strict, strict.strict === strict);
console.log(strict.equal === assert.strictEqual, strict.deepEqual === assert.deepStrictEqual, assert.equal !== assert.strictEqual);
console.log(strict.notEqual === assert.notStrictEqual, strict.notDeepEqual === assert.notDeepStrictEqual);
t(() => strict.equal(1, '1'));
t(() => strict.deepEqual({ a: 1 }, { a: '1' }));
t(() => strict.ok(null));
t(() => strict(''));
console.log(require('node:assert') === assert, require('node:assert/strict') === strict);
