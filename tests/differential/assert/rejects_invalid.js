// assert differential: rejects argument validation
const assert = require('assert');
function t(f) {
  try { f(); console.log('pass'); } catch (e) {
    console.log(e.name, e.code, JSON.stringify(e.message), e.generatedMessage, e.operator);
  }
}
async function r(f) {
  try { await f(); console.log('pass'); } catch (e) { console.log(e.name, e.code, JSON.stringify(e.message)); }
}
(async () => {
  await r(() => assert.rejects(() => 5));
  await r(() => assert.rejects(5));
  const p = assert.rejects(5);
  console.log(p instanceof Promise);
  await p.catch(() => {});
})();
