// TextEncoder encode and encodeInto
function t(label, f) {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}
const te = new TextEncoder();
console.log(te.encoding, te);
console.log(te.encode('h€😀'), te.encode(), te.encode(123), te.encode('\ud800'));
console.log(te.encode('a') instanceof Uint8Array, Buffer.isBuffer(te.encode('a')));
for (const n of [0, 1, 2, 3, 4, 5, 8]) console.log(n, te.encodeInto('a€😀', new Uint8Array(n)));
t('dest bad', () => te.encodeInto('x', []));
t('src bad', () => te.encodeInto(5, new Uint8Array(2)));
const dest = new Uint8Array(6);
console.log(te.encodeInto('hi', dest), dest);
console.log(Object.getOwnPropertyNames(TextEncoder.prototype));
