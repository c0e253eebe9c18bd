// Buffer.prototype method names and lengths
function t(label, f) {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}
const names = Object.getOwnPropertyNames(Buffer.prototype).sort();
console.log(names.length);
console.log(names.join(','));
for (const n of ['readUInt8', 'readUIntLE', 'writeUIntLE', 'write', 'toString', 'fill', 'indexOf', 'copy', 'compare', 'equals', 'slice', 'subarray', 'writeBigInt64LE', 'readDoubleBE']) {
  console.log(n, Buffer.prototype[n].name, Buffer.prototype[n].length);
}
console.log(Object.getOwnPropertyNames(Buffer).sort().join(','));
