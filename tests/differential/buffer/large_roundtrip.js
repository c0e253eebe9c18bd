// 1 MB round trips through utf8, base64 and hex stay identical
function t(label, f) {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}
const big = Buffer.alloc(1 << 20, 'The quick brown fox 0123456789 \x01\x7f');
for (const enc of ['utf8', 'base64', 'hex', 'latin1', 'ucs2']) {
  const s = big.toString(enc);
  const back = Buffer.from(s, enc);
  console.log(enc, s.length, back.equals(big));
}
const text = 'añ€😀'.repeat(50000);
const enc = Buffer.from(text);
console.log(enc.length, enc.toString() === text, Buffer.byteLength(text));
console.log(enc.indexOf('😀a', 300000), enc.lastIndexOf('ñ'));
