// 32-bit reads and writes in both byte orders with range errors
function t(label, f) {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}
const b = Buffer.from([0xde, 0xad, 0xbe, 0xef, 0x80, 0, 0, 0]);
t('reads', () => [b.readUInt32LE(0), b.readUInt32BE(0), b.readInt32LE(0), b.readInt32BE(0), b.readInt32LE(4), b.readInt32BE(4), b.readUint32LE(4), b.readUint32BE(1)]);
t('out', () => b.readUInt32LE(5));
t('neg', () => b.readUInt32BE(-1));
const w = Buffer.alloc(8);
t('writes', () => [w.writeUInt32LE(0xdeadbeef, 0), w.writeInt32BE(-1, 4), w]);
t('alias', () => [w.writeUint32LE(1, 4), w.writeUint32BE(2, 0), w]);
t('too big', () => w.writeUInt32BE(2 ** 32));
t('neg', () => w.writeUInt32LE(-1));
t('int lo', () => w.writeInt32LE(-(2 ** 31) - 1));
t('int hi', () => w.writeInt32BE(2 ** 31));
t('big received', () => w.writeUInt32LE(2 ** 40));
t('offset out', () => w.writeInt32LE(0, 5));
t('float value', () => [w.writeUInt32BE(1.9, 0), w.readUInt32BE(0)]);
t('neg float', () => [w.writeInt32BE(-1.5, 0), w.readInt32BE(0)]);
