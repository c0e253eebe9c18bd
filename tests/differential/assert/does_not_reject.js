// assert differential: doesNotReject pass and fail paths
const assert = require('assert');
function t(f) {
  try { f(); console.log('pass'); } catch (e) {
    console.log(e.name, e.code, JSON.stringify(e.message), e.generatedMessage, e.operator);
  }
}
async function r(f) {
  try { await f(); console.log('pass'); } catch (e) { console.log(e.name, e.code, JSON.stringify(e.message), e.generatedMessage, e.operator); }
}
(async () => {
  await r(() => assert.doesNotReject(Promise.resolve(1)));
  await r(() => assert.doesNotReject(Promise.reject(new Error('zz'))));
  await r(() => assert.doesNotReject(async () => { throw new Error('zz'); }, 'msg'));
  await r(() => assert.doesNotReject(async () => { throw new Error('zz'); }, RangeError));
})();
