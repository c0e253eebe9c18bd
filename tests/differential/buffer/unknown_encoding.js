// unknown encodings throw ERR_UNKNOWN_ENCODING; isEncoding answers case-insensitively
function t(label, f) {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}
t('from', () => Buffer.from('a', 'utf9'));
t('toString', () => Buffer.from('a').toString('nope'));
t('toString null', () => Buffer.from('a').toString(null));
t('write', () => Buffer.alloc(2).write('a', 'bogus'));
t('fill', () => Buffer.alloc(2).fill('a', 'bogus'));
t('fill non-string enc', () => Buffer.alloc(2).fill('a', 0, 2, 5));
t('indexOf', () => Buffer.from('a').indexOf('a', 0, 'bogus'));
t('byteLength', () => Buffer.byteLength('€', 'bogus'));
for (const e of ['utf8', 'UTF-8', 'ucs2', 'Ucs-2', 'utf16le', 'latin1', 'binary', 'base64', 'base64url', 'hex', 'ascii', 'utf-16', 'utf32', '', null, undefined, 1, 'raw', 'buffer']) {
  console.log(String(e), Buffer.isEncoding(e));
}
