// writeUIntLE/BE and writeIntLE/BE with byteLength 1-6 and their range messages
function t(label, f) {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}
for (let n = 1; n <= 6; n++) {
  const b = Buffer.alloc(6);
  const max = 2 ** (8 * n) - 1;
  console.log(n, b.writeUIntLE(max, 0, n), b, b.writeUIntBE(1, 0, n), b, b.writeIntLE(-2, 0, n), b, b.writeIntBE(-(2 ** (8 * n - 1)), 0, n), b);
}
const w = Buffer.alloc(8);
for (let n = 1; n <= 6; n++) {
  t('u over ' + n, () => w.writeUIntLE(2 ** (8 * n), 0, n));
  t('i over ' + n, () => w.writeIntBE(2 ** (8 * n - 1), 0, n));
  t('i under ' + n, () => w.writeIntLE(-(2 ** (8 * n - 1)) - 1, 0, n));
}
t('len 7', () => w.writeUIntLE(1, 0, 7));
t('len missing', () => w.writeIntBE(1, 0));
t('offset out', () => w.writeUIntBE(1, 4, 6));
t('aliases', () => [w.writeUintLE(5, 0, 3), w.writeUintBE(5, 3, 3), w]);
