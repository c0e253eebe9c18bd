// Checks that arrays over 100 items print the first 100 and "... N more items".
console.log(Array.from({ length: 101 }, (_, i) => i));
console.log(Array.from({ length: 250 }, () => 0));
console.log({ nested: Array.from({ length: 120 }, (_, i) => i % 10) });
console.log('x'.repeat(20).split(''));
