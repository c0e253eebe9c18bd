// assert differential: notStrictEqual messages
const assert = require('assert');
function t(f) {
  try { f(); console.log('pass'); } catch (e) {
    console.log(e.name, e.code, JSON.stringify(e.message), e.generatedMessage, e.operator);
  }
}
t(() => assert.notStrictEqual(1, 2));
t(() => assert.notStrictEqual(5, 5));
t(() => assert.notStrictEqual('abcdefgh', 'abcdefgh'));
const o = { a: 1 };
t(() => assert.notStrictEqual(o, o));
t(() => assert.notStrictEqual(NaN, NaN, 'custom'));
