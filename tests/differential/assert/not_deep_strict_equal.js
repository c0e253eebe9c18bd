// assert differential: notDeepStrictEqual messages
const assert = require('assert');
function t(f) {
  try { f(); console.log('pass'); } catch (e) {
    console.log(e.name, e.code, JSON.stringify(e.message), e.generatedMessage, e.operator);
  }
}
t(() => assert.notDeepStrictEqual({ a: 1 }, { a: 2 }));
t(() => assert.notDeepStrictEqual({ a: 1 }, { a: 1 }));
t(() => assert.notDeepStrictEqual(1, 1));
t(() => assert.notDeepStrictEqual('long string', 'long string'));
t(() => assert.notDeepStrictEqual(1, 1, 'custom'));
