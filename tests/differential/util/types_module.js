// util differential: `require('util/types')` is `util.types`, with node's keys and answers.
const types = require('util/types');
console.log(types === require('util').types, Object.keys(types).length);
console.log(types.isPromise(Promise.resolve()), types.isDate(new Date()), types.isRegExp(/x/), types.isUint8Array(Buffer.alloc(1)));
