// Checks console.dir with default options and with depth option.
const obj = { a: { b: { c: { d: { e: 1 } } } } };
console.dir(obj);
console.dir(obj, { depth: 0 });
console.dir(obj, { depth: null });
console.dir(obj, { depth: 3 });
console.dir('a string');
