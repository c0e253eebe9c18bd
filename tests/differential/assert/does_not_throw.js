// assert differential: doesNotThrow pass and fail paths
const assert = require('assert');
function t(f) {
  try { f(); console.log('pass'); } catch (e) {
    console.log(e.name, e.code, JSON.stringify(e.message), e.generatedMessage, e.operator);
  }
}
t(() => assert.doesNotThrow(() => {}));
t(() => assert.doesNotThrow(() => { throw new Error('q'); }));
t(() => assert.doesNotThrow(() => { throw new TypeError('q'); }, TypeError, 'm'));
t(() => assert.doesNotThrow(() => { throw new TypeError('q'); }, RangeError));
t(() => assert.doesNotThrow(() => { throw new TypeError('q'); }, 'hm'));
t(() => assert.doesNotThrow(() => { throw new TypeError('q'); }, /q/));
t(() => assert.doesNotThrow(() => { throw new TypeError('q'); }, {}));
