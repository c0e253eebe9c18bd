// console.log of Map/Set iterators and entries iterators, nested in objects and arrays, and
// of array and string iterators (which print without previews).
const m = new Map([['a', 1], ['b', [2, 3]]]);
console.log(m.entries());
console.log({ keys: m.keys(), values: m.values() });
console.log([new Set([1, 2]).entries()]);
const it = m.entries();
it.next();
console.log(it);
console.log([1, 2].values(), 'ab'[Symbol.iterator](), [1].entries());
console.log('%o', new Set(['q']).values());
