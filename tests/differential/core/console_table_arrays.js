// Checks console.table of arrays of primitives, arrays of arrays and arrays of objects.
console.table([1, 2, 3]);
console.table([['a', 'b'], ['c', 'd', 'e']]);
console.table([{ name: 'ann', age: 30 }, { name: 'bob', city: 'Paris' }]);
console.table([]);
