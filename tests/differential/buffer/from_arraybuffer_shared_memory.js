// Buffer.from(ArrayBuffer, offset, length) shares memory; bounds errors
function t(label, f) {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}
const ab = new ArrayBuffer(8);
const view = new Uint8Array(ab);
const b = Buffer.from(ab, 2, 4);
view[2] = 9;
b[1] = 7;
console.log(b, view, b.buffer === ab, b.byteOffset, b.length);
t('offset only', () => Buffer.from(ab, 6));
t('offset NaN', () => Buffer.from(ab, 'x').length);
t('offset past end', () => Buffer.from(ab, 9));
t('length too long', () => Buffer.from(ab, 4, 5));
t('length negative', () => Buffer.from(ab, 4, -1));
t('length string', () => Buffer.from(ab, '1', '2'));
t('dataview buffer', () => Buffer.from(new DataView(ab).buffer).length);
