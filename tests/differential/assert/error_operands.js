// assert differential: Error operands are shown and stored as stack-less copies
const assert = require('assert');
const e1 = new Error('a'), e2 = new Error('b');
try { assert.deepStrictEqual(e1, e2); } catch (e) { console.log(e.actual === e1, e.expected === e2, Object.keys(e)); }
try { assert.deepEqual(e1, e2); } catch (e) { console.log(e.actual === e1, JSON.stringify(e.message)); }
try { assert.notStrictEqual(e1, e1); } catch (e) { console.log(e.actual === e1, JSON.stringify(e.message)); }
try { assert.throws(() => { throw e1; }, e2); } catch (e) { console.log(e.actual === e1, JSON.stringify(e.message)); }
