// assert differential: AssertionError construction and properties
const assert = require('assert');
function t(f) {
  try { f(); console.log('pass'); } catch (e) {
    console.log(e.name, e.code, JSON.stringify(e.message), e.generatedMessage, e.operator);
  }
}
const e = new assert.AssertionError({ actual: 1, expected: 2, operator: 'strictEqual' });
console.log(e.name, e.code, Object.keys(e), String(e));
console.log(e instanceof Error, e.stack.split('\n')[0]);
const m = new assert.AssertionError({ message: 'hi', actual: 1 });
console.log(m.message, m.generatedMessage, m.operator, m.expected);
try { new assert.AssertionError(5); } catch (x) { console.log(x.code, x.message); }
console.log(new assert.AssertionError({ actual: 1, expected: 2, operator: '==' }).message);
console.log(new assert.AssertionError({ actual: [1], expected: [2], operator: 'deepEqual' }).message);
