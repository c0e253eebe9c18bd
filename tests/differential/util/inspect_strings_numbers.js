// util.inspect of strings (quoting, escapes, long and multi-line strings split with +) and
// numbers (negative zero, exponents, boxed primitives).
const util = require('util');
const i = (v, o) => console.log(util.inspect(v, o));
i('long string '.repeat(20)); i(['a\nb\nc'.repeat(3) + 'x'.repeat(80)]); i({ k: 'a'.repeat(100) + '\n' + 'b'.repeat(20) });
console.log({ s: 'line1\nline2\nline3 '.repeat(5) });
i('quote\'s'); i("dq\"'"); i('both\'"`'); i('\x00\x7f\u200b\ud800\t\r\b');
i(-0); i([-0, 0, +0]); i(new Float32Array([-0, 1.5])); i({ z: -0 }); console.log(-0, [-0]);
i([1.5, -2e21, 1e-7, 2 ** 53, 0.1 + 0.2, NaN, -Infinity]); i([10n, -0n, 2n ** 70n]);
i(new String('boxed')); i(Object.assign(new Number(-0), { p: 1 })); i(new Boolean(true)); i(Object(Symbol('q'))); i(Object(5n));
i(Symbol.iterator); i(Symbol('with space')); i({ [Symbol.iterator]: 1, [Symbol('')]: 2 });
i({ a: 1, 'b-c': 2, 3: 3, [Symbol('s')]: 4, valid_id: 5, '': 6, 'é': 7 });
