// Buffer.from(buffer) copies instead of sharing
const a = Buffer.from('abc');
const b = Buffer.from(a);
b[0] = 0x7a;
console.log(a.toString(), b.toString(), a.buffer === b.buffer && a.byteOffset === b.byteOffset);
const u = new Uint8Array([1, 2]);
const c = Buffer.from(u);
c[0] = 9;
console.log(u, c);
