// Checks console.log of arguments objects, proxies, percent signs, numeric keys order and class statics.
(function () { console.log(arguments); })(1, 'a');
console.log(new Proxy({ a: 1 }, {}));
console.log('100%');
console.log('%');
console.log({ b: 1, 2: 'two', a: 2, 1: 'one' });
class WithStatic { static s = 1; static m() {} }
console.log(WithStatic);
console.log([[]], [{}], { e: [] }, { o: {} });
console.log(Object.assign(() => {}, { a: 1 }));
console.log([true, false, 'x', 1n, null, undefined, 1.5]);
