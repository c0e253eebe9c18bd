// Checks console.log of strings, numbers, booleans, undefined, null and multiple arguments.
console.log('hello');
console.log(42, 3.14, -7, 1e21, 1e-7, 0.1 + 0.2);
console.log(true, false);
console.log(undefined, null);
console.log('a', 'b', 1, 'c');
console.log(NaN, Infinity, -Infinity);
console.log(Number.MAX_SAFE_INTEGER, Number.MIN_VALUE, 2 ** 53 + 2);
console.log('');
console.log(' leading and trailing ');
console.log('multi\nline');
