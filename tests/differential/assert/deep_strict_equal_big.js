// assert differential: deepStrictEqual diff of large objects is cut at ~50 lines
const assert = require('assert');
function t(f) {
  try { f(); console.log('pass'); } catch (e) {
    console.log(e.name, e.code, JSON.stringify(e.message), e.generatedMessage, e.operator);
  }
}
const a = {};
const b = {};
for (let i = 0; i < 80; i++) { a['k' + i] = i; b['k' + i] = i % 3 ? i : -i; }
t(() => assert.deepStrictEqual(a, b));
