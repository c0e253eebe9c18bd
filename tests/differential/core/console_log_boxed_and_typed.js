// Checks console.log of boxed primitives, typed arrays, ArrayBuffer and Buffer.
console.log(new Number(3), new String('str'), new Boolean(false), Object(1n), Object(Symbol('b')));
console.log(new Uint8Array([1, 2, 3]), new Float64Array(2), new Int16Array(0));
console.log(new ArrayBuffer(4));
console.log(Buffer.from('hi'));
console.log([new Uint8Array(2)]);
