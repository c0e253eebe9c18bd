// assert differential: deepStrictEqual diff for arrays of different length
const assert = require('assert');
function t(f) {
  try { f(); console.log('pass'); } catch (e) {
    console.log(e.name, e.code, JSON.stringify(e.message), e.generatedMessage, e.operator);
  }
}
t(() => assert.deepStrictEqual([1, 2], [1, 2, 3]));
t(() => assert.deepStrictEqual([1, 2, 3], [1, 2]));
t(() => assert.deepStrictEqual([], [1]));
