// 16-bit reads and writes in both byte orders with range errors
function t(label, f) {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}
const b = Buffer.from([0x01, 0x02, 0xff, 0xfe]);
t('reads', () => [b.readUInt16LE(0), b.readUInt16BE(0), b.readInt16LE(2), b.readInt16BE(2), b.readUint16LE(1), b.readUint16BE(2)]);
t('out', () => b.readUInt16LE(3));
t('float', () => b.readInt16BE(0.5));
t('tiny buf', () => Buffer.alloc(1).readUInt16LE(0));
const w = Buffer.alloc(4);
t('writes', () => [w.writeUInt16LE(0x1234, 0), w.writeInt16BE(-2, 2), w]);
t('alias', () => [w.writeUint16BE(0xabcd), w]);
t('too big', () => w.writeUInt16LE(65536));
t('int range', () => w.writeInt16LE(-32769));
t('int range hi', () => w.writeInt16BE(32768));
t('offset out', () => w.writeUInt16BE(1, 3));
t('value and offset bad', () => w.writeUInt16LE(70000, 10));
t('offset str', () => w.writeUInt16LE(1, '1'));
t('tiny buf write', () => Buffer.alloc(1).writeUInt16LE(1));
