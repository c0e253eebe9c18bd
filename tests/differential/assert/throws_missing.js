// assert differential: throws when nothing is thrown
const assert = require('assert');
function t(f) {
  try { f(); console.log('pass'); } catch (e) {
    console.log(e.name, e.code, JSON.stringify(e.message), e.generatedMessage, e.operator);
  }
}
t(() => assert.throws(() => {}));
t(() => assert.throws(() => {}, 'msg'));
t(() => assert.throws(() => {}, TypeError));
t(() => assert.throws(() => {}, TypeError, 'msg'));
