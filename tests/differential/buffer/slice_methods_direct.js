// the encoding-specific slice and write methods (utf8Slice, hexWrite, ...)
function t(label, f) {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}
const b = Buffer.from('héllo');
console.log(b.utf8Slice(0, 3), b.latin1Slice(1, 3), b.hexSlice(0, 2), b.base64Slice(0, 3), b.base64urlSlice(0, 2), b.asciiSlice(1, 2), JSON.stringify(b.ucs2Slice(0, 4)));
console.log(b.utf8Slice(), b.hexSlice(2));
const w = Buffer.alloc(6);
console.log(w.utf8Write('ab'), w.hexWrite('ff00', 2), w.latin1Write('é', 4), w.asciiWrite('z', 5), w);
console.log(w.ucs2Write('a', 0), w.base64Write('YQ==', 2), w.base64urlWrite('-_', 3), w);
console.log(w.utf8Write('abc', 4), w.utf8Write('abc', 1, 1), w);
t('bad string', () => w.utf8Write(5));
t('bad hex string', () => w.hexWrite({}));
