// Checks %s formatting of objects, arrays, bigint, symbols, null, undefined, functions and errors.
console.log('[%s]', { a: 1 });
console.log('[%s]', [1, [2, 3]]);
console.log('[%s]', 5n);
console.log('[%s]', Symbol('s'));
console.log('[%s] [%s]', null, undefined);
console.log('[%s]', function f() {});
console.log('[%s]', new Error('msg').message);
console.log('[%s]', { toString() { return 'custom toString'; } });
console.log('[%s]', new Date(0));
console.log('[%j]', { toJSON() { return 'from toJSON'; } });
const circ = {};
circ.self = circ;
console.log('[%j]', circ);
