// fill repeats multi-byte patterns across the range, cutting the last copy
function t(label, f) {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}
t('utf8 3-byte', () => Buffer.alloc(7).fill('€a'));
t('emoji', () => Buffer.alloc(6).fill('😀'));
t('ucs2 odd', () => Buffer.alloc(5).fill('ab', 'ucs2'));
t('offset pattern restart', () => Buffer.alloc(6).fill('abc', 2));
t('buffer longer than range', () => Buffer.alloc(3).fill(Buffer.from('abcdef')));
t('subarray', () => { const b = Buffer.alloc(6); b.subarray(2, 4).fill('x'); return b; });
t('latin1 multi', () => Buffer.alloc(4).fill('éa', 'latin1'));
t('ascii multi', () => Buffer.alloc(4).fill('€x', 'ascii'));
t('base64 multi', () => Buffer.alloc(7).fill('YWJj', 'base64'));
