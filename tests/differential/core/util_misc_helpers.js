// Checks util.types, util.isDeepStrictEqual, util.inherits and util.deprecate-free helpers.
const util = require('util');
console.log(util.types.isPromise(Promise.resolve()), util.types.isPromise({ then() {} }));
console.log(util.types.isDate(new Date()), util.types.isRegExp(/x/), util.types.isMap(new Map()));
console.log(util.isDeepStrictEqual({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] }));
console.log(util.isDeepStrictEqual([1], ['1']));
function Parent() {}
Parent.prototype.hello = function () { return 'hello from parent'; };
function Child() {}
util.inherits(Child, Parent);
console.log(new Child().hello(), Child.super_ === Parent);
console.log(typeof util.promisify, typeof util.callbackify, typeof util.inspect.defaultOptions);
