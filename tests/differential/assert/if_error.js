// assert differential: assert.ifError
const assert = require('assert');
function t(f) {
  try { f(); console.log('pass'); } catch (e) {
    console.log(e.name, e.code, JSON.stringify(e.message), e.generatedMessage, e.operator);
  }
}
t(() => assert.ifError(null));
t(() => assert.ifError(undefined));
t(() => assert.ifError(new Error('boom')));
t(() => assert.ifError('str'));
t(() => assert.ifError(0));
t(() => assert.ifError(false));
try { assert.ifError(new TypeError('x')); } catch (e) { console.log(e.actual instanceof TypeError, e.expected); }
