// assert differential: assert.equal loose pass and fail paths
const assert = require('assert');
function t(f) {
  try { f(); console.log('pass'); } catch (e) {
    console.log(e.name, e.code, JSON.stringify(e.message), e.generatedMessage, e.operator);
  }
}
t(() => assert.equal(1, '1'));
t(() => assert.equal(NaN, NaN));
t(() => assert.equal(null, undefined));
t(() => assert.equal(1, 2));
t(() => assert.equal('a', 'b', 'msg'));
t(() => assert.equal({}, {}));
