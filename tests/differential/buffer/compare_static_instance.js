// Buffer.compare and buf.compare with ranges and validation errors
function t(label, f) {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}
const a = Buffer.from('abc');
const b = Buffer.from('abd');
t('static', () => [Buffer.compare(a, b), Buffer.compare(b, a), Buffer.compare(a, a), Buffer.compare(a, Buffer.from('ab'))]);
t('sort', () => [Buffer.from('b'), Buffer.from('a'), Buffer.from('ab')].sort(Buffer.compare).map(String));
t('instance', () => a.compare(b));
t('ranges', () => [a.compare(b, 0, 2, 0, 2), a.compare(b, 2), a.compare(b, 0, 3, 1), a.compare(b, 1, 1), a.compare(b, 0, 1, 2, 2)]);
t('bad target', () => a.compare('abc'));
t('bad static', () => Buffer.compare(a, 'x'));
t('bad static 1', () => Buffer.compare([], a));
t('targetEnd too big', () => a.compare(b, 0, 4));
t('sourceEnd too big', () => a.compare(b, 0, 3, 0, 4));
t('targetStart negative', () => a.compare(b, -1));
t('targetStart float', () => a.compare(b, 1.5));
t('targetStart string', () => a.compare(b, '1'));
t('uint8', () => a.compare(new Uint8Array([97, 98, 99])));
