// assert differential: failures expose actual/expected/operator
const assert = require('assert');
function t(f) {
  try { f(); console.log('pass'); } catch (e) {
    console.log(e.name, e.code, JSON.stringify(e.message), e.generatedMessage, e.operator);
  }
}
try { assert.deepStrictEqual({ a: 1 }, { b: 2 }); } catch (e) { console.log(e.actual, e.expected, e.operator, e.code, e instanceof assert.AssertionError); }
try { assert.notEqual(3, 3); } catch (e) { console.log(e.actual, e.expected, e.operator); }
