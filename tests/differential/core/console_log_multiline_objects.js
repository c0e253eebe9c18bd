// Checks when objects and arrays break across lines (breakLength 80, compact 3).
console.log({ a: { b: 1 }, c: { d: 2 }, e: { f: 3 }, g: { h: 4 } });
console.log({ outer: { inner1: 'value number one', inner2: 'value number two', inner3: 'three' } });
console.log([{ a: 1, b: 2 }, { a: 3, b: 4 }, { a: 5, b: 6 }, { a: 7, b: 8 }]);
console.log({ list: ['a fairly long string value', 'another fairly long string', 'and one more'] });
console.log([['a', 'b'], ['c', 'd']]);
console.log({ x: 'y'.repeat(100) });
