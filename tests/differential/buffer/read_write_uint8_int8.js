// readUInt8/readInt8/writeUInt8/writeInt8 values, aliases and range errors
function t(label, f) {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}
const b = Buffer.from([0, 127, 128, 255]);
t('reads', () => [b.readUInt8(0), b.readUInt8(3), b.readInt8(1), b.readInt8(2), b.readInt8(3), b.readUint8(2)]);
t('default offset', () => [b.readUInt8(), b.readInt8()]);
t('offset out', () => b.readUInt8(4));
t('offset neg', () => b.readInt8(-1));
t('offset float', () => b.readUInt8(1.5));
t('offset str', () => b.readUInt8('1'));
t('offset NaN', () => b.readUInt8(NaN));
t('empty buf', () => Buffer.alloc(0).readUInt8(0));
const w = Buffer.alloc(2);
t('write', () => [w.writeUInt8(200, 0), w.writeInt8(-2, 1), w]);
t('write alias', () => [w.writeUint8(1, 1), w]);
t('write too big', () => w.writeUInt8(256));
t('write neg', () => w.writeUInt8(-1));
t('int too small', () => w.writeInt8(-129));
t('int too big', () => w.writeInt8(128));
t('write offset out', () => w.writeUInt8(1, 2));
t('write offset str', () => w.writeUInt8(1, '0'));
t('write float value', () => [w.writeUInt8(3.7, 0), w[0]]);
t('write string value', () => [w.writeUInt8('9', 0), w[0]]);
t('write NaN value', () => [w.writeUInt8('x', 0), w[0]]);
t('write bad offset and value', () => w.writeUInt8(999, 'x'));
