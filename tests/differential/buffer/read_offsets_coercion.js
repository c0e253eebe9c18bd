// read methods reject non-number offsets and non-integers with exact messages
function t(label, f) {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}
const b = Buffer.alloc(4);
for (const off of [undefined, null, '0', 1.5, NaN, Infinity, -Infinity, -0, true, {}, [0], 3, 4, 2 ** 53]) {
  t(String(off), () => b.readUInt8(off));
  t(String(off) + ' 16', () => b.readInt16BE(off));
}
