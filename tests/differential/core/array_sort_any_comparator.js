// Array and typed-array sorting: default order, comparators of every kind (including
// inconsistent ones that real packages write, such as `(a, b) => a > b`), holes, undefined,
// stability, toSorted, array-likes, and the errors. An inconsistent comparator gives an
// implementation-defined order, so those cases print only what every engine must keep.
const a = [5, 1, 4, undefined, 2, , 3, 10, 'b', 'a'];
console.log(a.slice().sort(), a.slice().sort((x, y) => x - y), a.length);
const holes = [3, , 1, undefined, , 2];
holes.sort();
console.log(holes, holes.length, 4 in holes, 5 in holes);
console.log([3, 1, 2].toSorted(), [3, , 1].toSorted(), [...'hello'].toSorted((x, y) => (x < y ? 1 : -1)));

const big = Array.from({ length: 1000 }, (_, i) => (i * 7919) % 1000);
const bool = big.slice().sort((x, y) => x > y);
console.log(bool.length, bool.slice().sort((x, y) => x - y).every((v, i) => v === i));
let seed = 42;
const chaos = big.slice().sort(() => ((seed = (seed * 1103515245 + 12345) % 2147483648) % 3) - 1);
console.log(chaos.length, new Set(chaos).size);
console.log(JSON.stringify(big.slice().sort((x, y) => x - y).slice(0, 10)));

const stable = Array.from({ length: 100 }, (_, i) => ({ k: i % 3, i })).sort((x, y) => x.k - y.k);
console.log(stable.every((v, j, arr) => j === 0 || arr[j - 1].k < v.k || (arr[j - 1].k === v.k && arr[j - 1].i < v.i)));
console.log([3, 1, 2].sort(() => NaN), [3, 1, 2].sort(() => '-1'), [5, 1, 4, 2, 3].sort((x, y) => x > y));

console.log(new Float64Array([3, -0, 0, NaN, -1, Infinity]).sort(), new Int8Array([3, -2, 1]).toSorted());
console.log(new BigInt64Array([3n, -2n]).sort(), new Uint8Array([1, 2, 3]).sort((x, y) => y - x));
const typedChaos = new Uint8Array(300).map((_, i) => i).sort((x, y) => x > y);
console.log(typedChaos.length, new Set(typedChaos).size);
try { [1, 2].sort(1); } catch (e) { console.log(e.name, e.message); }
try { [1, 2, 3].sort(() => { throw new Error('boom'); }); } catch (e) { console.log(e.message); }
try { Int8Array.prototype.sort.call([1], undefined); } catch (e) { console.log(e.name); }
const obj = { length: 3, 0: 'c', 1: 'a', 2: 'b' };
Array.prototype.sort.call(obj);
console.log(obj);
console.log(Array.prototype.sort.name, Array.prototype.sort.length,
  Object.getOwnPropertyDescriptor(Array.prototype, 'sort').enumerable, Array.prototype.toSorted.name);
console.log([10, 9, 1].sort(), ['b', undefined, 'a'].sort().length, [2, 1].sort(undefined));
console.log(['é', 'e', 'z', 'a', '\u{1F600}', '\uFFFF'].sort().map((s) => s.codePointAt(0)));
