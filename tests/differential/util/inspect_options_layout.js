// util.inspect layout options: sorted (true and a comparator), compact (false, numbers),
// breakLength Infinity, long arrays grouped, depth and maxStringLength.
const util = require('util');
const i = (v, o) => console.log(util.inspect(v, o));
i({ b: 1, a: { d: 1, c: 2 }, c: [3, 1, 2] }, { sorted: true }); i(new Map([['b', 1], ['a', 2]]), { sorted: true });
i(new Set(['b', 'a']), { sorted: true }); i({ b: 1, a: 2 }, { sorted: (x, y) => (x < y ? 1 : -1) });
i({ a: 1, b: { c: [1, 2, { d: 3 }] }, e: new Map([[1, { f: 2 }]]) }, { compact: false });
i({ a: 1, b: { c: { d: { e: 1 } } } }, { compact: 1 }); i([[1, [2, [3]]]], { compact: 0 });
i({ arr: Array.from({ length: 30 }, (_, k) => k * 1000) }, { breakLength: Infinity });
i(Array.from({ length: 30 }, (_, k) => 'item' + k)); i(Array.from({ length: 10 }, (_, k) => ({ k })));
i(Array.from({ length: 27 }, (_, k) => k % 3 ? k : -k * 100)); i({ a: 'x'.repeat(70), b: 1 }, { breakLength: 40 });
i([1, [2, [3, [4, [5]]]]]); i({ l1: { l2: { l3: { l4: {} } } } }); i({ l1: { l2: { l3: { l4: {} } } } }, { depth: null });
i({ a: { b: [] } }, { depth: -1 }); i({ a: [{ b: { c: {} } }] }, { depth: 2 }); i([[[]]], { depth: 0 });
i('abcdefghij'.repeat(3), { maxStringLength: 12 }); i(['a'.repeat(20)], { maxStringLength: 5 });
i(new Array(200).fill(0), { maxArrayLength: 3 }); i(new Array(200).fill(0), { maxArrayLength: 0 });
i({ n: 12345678, f: 1234.5678, big: 123456789012345678901234567890n }, { numericSeparator: true });
