// assert differential: strict and loose deep equality over a matrix of value kinds
const assert = require('assert');
const util = require('util');
const pairs = [
  [1, true], [[1, 2], { 0: 1, 1: 2 }], [new Date(0), new Date(0)], [/a/g, /a/i], [new Error('a'), new Error('b')],
  [new Error('a'), new Error('a')], [new TypeError('a'), new Error('a')], [{ a: undefined }, {}], [[1, , 3], [1, undefined, 3]],
  [new Set([{ a: 1 }]), new Set([{ a: 1 }])], [new Map([[{ k: 1 }, 'v']]), new Map([[{ k: 1 }, 'v']])],
  [new Set([1, '1']), new Set(['1', 1])], [new Number(1), new Number(1)], [new Number(1), new Number(2)], [new String('a'), 'a'],
  [Object.create(null), {}], [[1], new Uint8Array([1])], [new Uint8Array([1, 2]), new Uint8Array([1, 2])],
  [new Float64Array([0]), new Float64Array([-0])], [NaN, NaN], [0, -0], [null, undefined], [{ a: NaN }, { a: NaN }],
  [Symbol.for('x'), Symbol.for('x')], [{ [Symbol.for('s')]: 1 }, { [Symbol.for('s')]: 2 }], [[], {}], [new ArrayBuffer(2), new ArrayBuffer(2)],
  [new Map([[1, 1]]), new Map([[1, '1']])], [new Set([1]), new Set(['1'])], [Object.assign([1], { x: 1 }), [1]],
  [function () {}, function () {}], [new WeakMap(), new WeakMap()], [Promise.resolve(), Promise.resolve()],
  [{ a: { b: { c: [1, { d: 2 }] } } }, { a: { b: { c: [1, { d: 3 }] } } }], [new Boolean(true), true],
];
for (const [a, b] of pairs) {
  console.log(util.isDeepStrictEqual(a, b), (() => { try { assert.deepEqual(a, b); return true; } catch { return false; } })());
}
const cyc1 = { a: 1 }; cyc1.self = cyc1; const cyc2 = { a: 1 }; cyc2.self = cyc2;
console.log(util.isDeepStrictEqual(cyc1, cyc2));
