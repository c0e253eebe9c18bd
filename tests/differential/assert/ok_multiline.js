// assert differential: assert() falsy message re-indents a multi-line call
const assert = require('assert');
function t(f) {
  try { f(); console.log('pass'); } catch (e) {
    console.log(e.name, e.code, JSON.stringify(e.message), e.generatedMessage, e.operator);
  }
}
const x = 1;
t(() => {
  assert(
    x === 2,
  );
});
t(() => {
  assert.ok(typeof x === 'string' &&
            x.length > 0);
});
