// exact boundaries of every integer width read back unchanged
const b = Buffer.alloc(8);
const cases = [['UInt8', 1, 0, 255], ['Int8', 1, -128, 127], ['UInt16LE', 2, 0, 65535], ['Int16BE', 2, -32768, 32767], ['UInt32BE', 4, 0, 4294967295], ['Int32LE', 4, -2147483648, 2147483647]];
for (const [name, size, min, max] of cases) {
  b['write' + name](min, 0);
  const a = b['read' + name](0);
  b['write' + name](max, 0);
  console.log(name, a, b['read' + name](0));
}
for (let n = 1; n <= 6; n++) {
  const lo = -(2 ** (8 * n - 1));
  const hi = 2 ** (8 * n - 1) - 1;
  b.writeIntLE(lo, 0, n);
  const a = b.readIntLE(0, n);
  b.writeIntBE(hi, 0, n);
  console.log(n, a, b.readIntBE(0, n), b.writeUIntLE(2 ** (8 * n) - 1, 0, n), b.readUIntLE(0, n));
}
