// assert differential: shape of the assert module
const assert = require('assert');
function t(f) {
  try { f(); console.log('pass'); } catch (e) {
    console.log(e.name, e.code, JSON.stringify(e.message), e.generatedMessage, e.operator);
  }
}
console.log(typeof assert, assert.name, Object.keys(assert).sort().join());
console.log(Object.keys(assert.strict).sort().join());
