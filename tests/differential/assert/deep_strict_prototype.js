// assert differential: deepStrictEqual checks prototypes
const assert = require('assert');
function t(f) {
  try { f(); console.log('pass'); } catch (e) {
    console.log(e.name, e.code, JSON.stringify(e.message), e.generatedMessage, e.operator);
  }
}
t(() => assert.deepStrictEqual(Object.create(null), {}));
class A {}
t(() => assert.deepStrictEqual(new A(), {}));
