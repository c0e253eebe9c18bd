// write* methods return the next offset, enabling chained writes
const b = Buffer.alloc(20);
let o = 0;
o = b.writeUInt8(1, o);
o = b.writeUInt16BE(0x0203, o);
o = b.writeInt32LE(-4, o);
o = b.writeFloatBE(1, o);
o = b.writeDoubleLE(2, o);
console.log(o, b);
console.log(b.writeUIntBE(0x010203, 17, 3), b.writeBigUInt64LE(1n, 12));
