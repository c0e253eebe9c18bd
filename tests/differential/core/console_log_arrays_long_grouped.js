// Checks that arrays with more than 6 items are grouped into aligned columns.
console.log([1, 2, 3, 4, 5, 6]);
console.log([1, 2, 3, 4, 5, 6, 7]);
console.log(Array.from({ length: 26 }, (_, i) => i * i));
console.log(Array.from({ length: 12 }, (_, i) => 'item' + i));
console.log(Array.from({ length: 30 }, (_, i) => (i % 3 === 0 ? 'x'.repeat(i) : i)));
console.log([1.5, -2, 300, 4000, 5, 66, 777, 8, 9.25]);
