// Checks console.table of objects, column filtering and non-tabular values.
console.table({ r1: { c1: 1, c2: 2 }, r2: { c1: 3, c3: 'x' } });
console.table([{ a: 1, b: 2, c: 3 }, { a: 4, b: 5, c: 6 }], ['a', 'c']);
console.table({ x: 1, y: 'two' });
console.table('not tabular');
console.table(42);
