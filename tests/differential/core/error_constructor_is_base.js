// core differential: a Node error's `constructor` reads as its base class (TypeError,
// RangeError, Error), so `err.constructor.name` and util.inspect's nested `[TypeError]` are
// node's; SystemErrors keep node's own 'SystemError' name.
const util = require('util');
const errors = [];
try { require('fs').readFileSync({}); } catch (e) { errors.push(e); }
try { Buffer.alloc(-1); } catch (e) { errors.push(e); }
try { new URL('nope'); } catch (e) { errors.push(e); }
try { require('fs').readFileSync('/no/such/file'); } catch (e) { errors.push(e); }
for (const e of errors) {
  console.log(e.code, e.constructor.name, e instanceof e.constructor, util.inspect({ a: { b: e } }, { depth: 1 }));
  const p = Promise.reject(e);
  p.catch(() => {});
  console.log(util.inspect(p, { depth: 0 }).split('\n')[0]);
}
