// Checks console.log of -0, bigint and symbols, alone and inside containers.
console.log(-0, 0, [-0], { z: -0 });
console.log(123n, -5n, 2n ** 70n, [1n], { b: 0n });
console.log(Symbol('desc'), Symbol(), Symbol.iterator, Symbol.for('reg'));
console.log([Symbol('in array')], { s: Symbol('in object') });
console.log({ [Symbol('key')]: 'symbol keyed', normal: 1 });
