// Checks console.log of Map, Set, nested collections, WeakMap/WeakSet and iterators.
console.log(new Map());
console.log(new Map([['a', 1], [{ k: 1 }, [2]]]));
console.log(new Set());
console.log(new Set([1, 'two', { three: 3 }]));
console.log({ m: new Map([[1, new Set([2])]]) });
console.log(new WeakMap(), new WeakSet());
console.log(new Map([[1, 2]]).keys(), new Set(['x']).values());
console.log([1, 2].entries());
