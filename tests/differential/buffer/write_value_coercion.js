// write methods coerce values with + and range-check the result
function t(label, f) {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}
const b = Buffer.alloc(4);
for (const v of ['12', '', ' 7 ', null, undefined, true, [5], {}, '0x10', 1e3, -0, 0.5, -0.5]) {
  t(JSON.stringify(v) + ' u8', () => [b.writeUInt8(v, 0), b[0]]);
  t(JSON.stringify(v) + ' i16', () => [b.writeInt16LE(v, 0), b.readInt16LE(0)]);
}
