// Buffers interoperate with DataView and other typed arrays over the same memory
const b = Buffer.alloc(8);
const dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
dv.setUint32(0, 0x01020304);
console.log(b, b.readUInt32BE(0));
b.writeFloatLE(1.5, 4);
console.log(dv.getFloat32(4, true));
const f = new Float64Array(1);
const fb = Buffer.from(f.buffer);
f[0] = 2.5;
console.log(fb.readDoubleLE(0));
console.log(Buffer.from('abc').toString('utf8', 0, 3), new Uint8Array(Buffer.from('ab')));
