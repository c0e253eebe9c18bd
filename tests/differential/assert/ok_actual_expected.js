// assert differential: assert.ok failure carries actual/expected
const assert = require('assert');
function t(f) {
  try { f(); console.log('pass'); } catch (e) {
    console.log(e.name, e.code, JSON.stringify(e.message), e.generatedMessage, e.operator);
  }
}
try { assert.ok(0); } catch (e) { console.log(e.actual, e.expected, e.operator); }
try { assert(''); } catch (e) { console.log(JSON.stringify(e.actual), e.expected); }
