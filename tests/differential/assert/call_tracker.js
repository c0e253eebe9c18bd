// assert differential: assert.CallTracker calls/report/verify/reset/getCalls
const assert = require('assert');
const tracker = new assert.CallTracker();
function func(a) { return a * 2; }
const wrapped = tracker.calls(func, 2);
console.log(wrapped(3), wrapped.length, wrapped.name);
const r = tracker.report();
console.log(r.length, r[0].message, r[0].actual, r[0].expected, r[0].operator, typeof r[0].stack);
try { tracker.verify(); } catch (e) { console.log(e.name, e.code, JSON.stringify(e.message), e.operator, e.generatedMessage); }
console.log(tracker.getCalls(wrapped));
wrapped(1);
tracker.verify(); console.log('verified');
const t2 = new assert.CallTracker();
const a = t2.calls(() => {}); const b = t2.calls(function bee() {}, 3);
try { t2.verify(); } catch (e) { console.log(JSON.stringify(e.message), e.operator); }
t2.reset(); console.log(t2.report().length);
const n = t2.calls(); console.log(typeof n, n());
try { t2.getCalls(() => {}); } catch (e) { console.log(e.code, e.message); }
try { t2.calls(func, 'x'); } catch (e) { console.log(e.code, e.message); }
