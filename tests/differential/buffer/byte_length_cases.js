// Buffer.byteLength for every encoding, views and invalid input
function t(label, f) {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}
const s = 'héllo €😀';
for (const e of [undefined, 'utf8', 'utf16le', 'ucs2', 'latin1', 'binary', 'ascii', 'hex', 'base64', 'base64url', 'bogus', 'UTF8']) {
  console.log(e, Buffer.byteLength(s, e));
}
console.log(Buffer.byteLength('aGk=', 'base64'), Buffer.byteLength('aGk', 'base64'), Buffer.byteLength('a=', 'base64'), Buffer.byteLength('==', 'base64'));
console.log(Buffer.byteLength('abc', 'hex'), Buffer.byteLength(''), Buffer.byteLength('', 'hex'));
console.log(Buffer.byteLength(Buffer.alloc(5)), Buffer.byteLength(new Uint16Array(3)), Buffer.byteLength(new ArrayBuffer(7)), Buffer.byteLength(new DataView(new ArrayBuffer(2))));
t('number', () => Buffer.byteLength(5));
t('object', () => Buffer.byteLength({}));
t('lone surrogate', () => Buffer.byteLength('\ud800'));
