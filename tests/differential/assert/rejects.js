// assert differential: rejects pass and fail paths
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
  await r(() => assert.rejects(Promise.reject(new Error('x')), /x/));
  await r(() => assert.rejects(async () => { throw new TypeError('t'); }, TypeError));
  await r(() => assert.rejects(Promise.resolve(1)));
  await r(() => assert.rejects(async () => {}, Error, 'mm'));
  await r(() => assert.rejects(async () => { throw new TypeError('t'); }, RangeError));
})();
