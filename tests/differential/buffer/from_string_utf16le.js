// utf16le/ucs2 encoding and decoding, including odd byte counts and surrogates
function t(label, f) {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}
t('ucs2', () => Buffer.from('ab€', 'ucs2'));
t('ucs-2', () => Buffer.from('a', 'ucs-2'));
t('utf-16le', () => Buffer.from('😀', 'utf-16le'));
t('UTF16LE', () => Buffer.from('x', 'UTF16LE'));
t('decode', () => JSON.stringify(Buffer.from([0x61, 0, 0x3d, 0xd8]).toString('utf16le')));
t('decode odd', () => JSON.stringify(Buffer.from([0x61, 0, 0x62]).toString('ucs2')));
t('decode pair', () => Buffer.from([0x3d, 0xd8, 0x00, 0xde]).toString('utf16le'));
t('byteLength', () => Buffer.byteLength('abc', 'utf16le'));
