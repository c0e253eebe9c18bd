// assert differential: generated messages for errors, dates, regexps, typed arrays, long values
const assert = require('assert');
function t(f) { try { f(); console.log('pass'); } catch (e) { console.log(JSON.stringify(e.message)); } }
t(() => assert.deepStrictEqual(new Error('a'), new Error('b')));
t(() => assert.deepStrictEqual(new Date(0), new Date(1)));
t(() => assert.deepStrictEqual(/a/g, /a/i));
t(() => assert.deepStrictEqual({ a: 'x'.repeat(100) }, { a: 'y'.repeat(100) }));
t(() => assert.deepStrictEqual([[1, [2, [3]]]], [[1, [2, [4]]]]));
t(() => assert.deepStrictEqual({ a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7 }, { a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 8 }));
t(() => assert.deepStrictEqual({ z: 1, a: 2 }, { a: 2, z: 2 }));
t(() => assert.deepStrictEqual(new Uint8Array([1, 2]), new Uint8Array([1, 3])));
t(() => assert.deepStrictEqual([1, 2, 3, 4, 5, 6, 7, 8], [1, 2, 3, 4, 5, 6, 7]));
t(() => assert.deepStrictEqual('a'.repeat(10), 'b'.repeat(10)));
t(() => assert.strictEqual(undefined, null));
t(() => assert.strictEqual(123456789, 123456788));
t(() => assert.strictEqual(Symbol('a'), Symbol('a')));
t(() => assert.deepStrictEqual(new Map([['a', { x: 1 }]]), new Map([['a', { x: 2 }]])));
t(() => assert.notDeepStrictEqual([1, 2, 3], [1, 2, 3]));
t(() => assert.deepEqual({ a: [1, 2, { b: 3 }] }, { a: [1, 2, { b: 4 }] }));
t(() => assert.notDeepEqual({ a: [1, 2, { b: 3 }] }, { a: [1, 2, { b: 3 }] }));
t(() => assert.equal({ a: 1 }, { a: 1 }));
t(() => assert.notEqual('x'.repeat(600), 'x'.repeat(600)));
