// Buffer.isBuffer for buffers, Uint8Arrays, and other values
console.log(Buffer.isBuffer(Buffer.alloc(1)), Buffer.isBuffer(new Uint8Array(1)), Buffer.isBuffer('a'), Buffer.isBuffer(null), Buffer.isBuffer(), Buffer.isBuffer(Buffer.from('a').subarray(0)));
console.log(Buffer.alloc(1) instanceof Uint8Array, ArrayBuffer.isView(Buffer.alloc(1)));
console.log(Object.prototype.toString.call(Buffer.alloc(1)));
