// readUIntLE/BE and readIntLE/BE with byteLength 1-6, byteLength errors
function t(label, f) {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}
const b = Buffer.from([0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0xff, 0x80]);
for (let n = 1; n <= 6; n++) {
  console.log(n, b.readUIntLE(0, n), b.readUIntBE(0, n), b.readIntLE(2, n), b.readIntBE(2, n), b.readUintLE(1, n), b.readUintBE(1, n));
}
t('neg 6', () => [Buffer.from([0xff, 0xff, 0xff, 0xff, 0xff, 0xff]).readIntLE(0, 6), Buffer.from([0x80, 0, 0, 0, 0, 0]).readIntBE(0, 6)]);
t('len 0', () => b.readUIntLE(0, 0));
t('len 7', () => b.readIntBE(0, 7));
t('len missing', () => b.readUIntLE(0));
t('len str', () => b.readUIntBE(0, '2'));
t('len float', () => b.readIntLE(0, 1.5));
t('offset out', () => b.readUIntLE(4, 6));
t('offset missing', () => b.readUIntLE(undefined, 2));
