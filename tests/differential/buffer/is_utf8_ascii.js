// buffer.isUtf8 and buffer.isAscii
function t(label, f) {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}
const { isUtf8, isAscii } = require('buffer');
t('utf8 ok', () => isUtf8(Buffer.from('h€llo')));
t('utf8 bad', () => isUtf8(Buffer.from([0xff])));
t('utf8 surrogate', () => isUtf8(Buffer.from([0xed, 0xa0, 0x80])));
t('utf8 ab', () => isUtf8(new TextEncoder().encode('x').buffer));
t('utf8 empty', () => isUtf8(Buffer.alloc(0)));
t('utf8 string', () => isUtf8('abc'));
t('ascii ok', () => isAscii(Buffer.from('abc')));
t('ascii bad', () => isAscii(Buffer.from('é')));
t('ascii u16', () => isAscii(new Uint16Array([0x4141])));
t('ascii bad arg', () => isAscii({}));
