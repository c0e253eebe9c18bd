// small buffers come from a shared pool; large and alloc() ones do not
const a = Buffer.from('abc');
const b = Buffer.from('def');
console.log(a.buffer === b.buffer, a.buffer.byteLength, b.byteOffset - a.byteOffset);
const big = Buffer.allocUnsafe(5000);
console.log(big.buffer.byteLength, big.byteOffset);
const z = Buffer.alloc(10);
console.log(z.buffer.byteLength, z.byteOffset);
const u = Buffer.allocUnsafe(10);
console.log(u.buffer.byteLength, u.buffer === Buffer.allocUnsafe(3).buffer);
console.log(Buffer.allocUnsafeSlow(10).buffer.byteLength);
console.log(Buffer.from([1, 2, 3]).buffer.byteLength);
