// buf.equals with buffers, Uint8Arrays, and non-buffers
function t(label, f) {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}
const a = Buffer.from('abc');
t('same', () => a.equals(a));
t('equal', () => a.equals(Buffer.from('abc')));
t('diff', () => a.equals(Buffer.from('abd')));
t('len', () => a.equals(Buffer.from('ab')));
t('empty', () => Buffer.alloc(0).equals(new Uint8Array(0)));
t('u8', () => a.equals(new Uint8Array([97, 98, 99])));
t('string', () => a.equals('abc'));
t('undefined', () => a.equals());
