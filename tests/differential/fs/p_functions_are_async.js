// The fs/promises functions are async functions, as node's: util.types and util.inspect say so
// and they inherit from AsyncFunction.prototype; opendir (a promisified callback) and watch (an
// async generator) keep their kinds.
const fsp = require('fs/promises');
const util = require('util');
for (const [name, fn] of Object.entries(fsp)) {
  if (typeof fn !== 'function') continue;
  console.log(name, util.types.isAsyncFunction(fn), fn.constructor.name,
    Object.prototype.toString.call(fn), util.inspect(fn), fn.length);
}
console.log(util.inspect(fsp, { depth: 0 }));
console.log(require('fs').promises === fsp);
