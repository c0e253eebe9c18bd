// zero-length buffers through every operation
function t(label, f) {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}
const z = Buffer.alloc(0);
console.log(z, z.length, z.toString(), z.toString('hex'), z.toString('base64'), JSON.stringify(z));
console.log(z.equals(Buffer.from('')), z.compare(Buffer.alloc(0)), z.indexOf(0), z.indexOf(''), z.includes(''));
console.log(z.slice(0, 10).length, z.fill(1), z.write('abc'), Buffer.concat([z, z]).length, Buffer.from(z).length);
console.log(z.swap16(), z.swap32(), z.swap64());
t('read', () => z.readUInt8());
t('write', () => z.writeUInt8(1));
t('read32', () => z.readInt32LE());
