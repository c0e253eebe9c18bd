// assert differential: falsy-value messages for calls on the first line and through call/forEach
const assert = require('assert'); try { assert(1 === 2); } catch (e) { console.log(JSON.stringify(e.message)); }
try { assert.ok(0, undefined); } catch (e) { console.log(JSON.stringify(e.message)); }
function g() { assert.strict.ok(''); }
try { g(); } catch (e) { console.log(JSON.stringify(e.message)); }
try { [0].forEach(assert); } catch (e) { console.log(JSON.stringify(e.message)); }
try { assert.ok.call(null, false); } catch (e) { console.log(JSON.stringify(e.message)); }
try { assert(`a${')'}` === 1); } catch (e) { console.log(JSON.stringify(e.message)); }
