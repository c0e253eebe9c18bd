// float and double reads and writes, special values and byte orders
function t(label, f) {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}
const b = Buffer.alloc(8);
for (const v of [0, -0, 1.5, -2.25, 3.4e38, 1e-45, Infinity, -Infinity, NaN, 0.1, 16777217]) {
  b.writeFloatLE(v, 0);
  const le = b.readFloatLE(0);
  b.writeFloatBE(v, 4);
  console.log(v, le, b.readFloatBE(4), b.toString('hex'), Object.is(le, -0));
}
for (const v of [0.1, -0, Number.MAX_VALUE, Number.MIN_VALUE, NaN, 2 ** 53 + 1, 'x', '2.5']) {
  console.log(String(v), b.writeDoubleLE(v, 0), b.readDoubleLE(0), b.toString('hex'), b.writeDoubleBE(v, 0), b.readDoubleBE(0), b.toString('hex'));
}
t('out', () => b.readDoubleLE(1));
t('out float', () => b.readFloatBE(5));
t('write out', () => b.writeFloatLE(1, 5));
t('write double out', () => b.writeDoubleBE(1, 1));
t('offset str', () => b.readFloatLE('0'));
