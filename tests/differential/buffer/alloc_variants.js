// alloc with fills and encodings, allocUnsafe/allocUnsafeSlow sizes and size errors
function t(label, f) {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}
t('alloc', () => Buffer.alloc(4));
t('alloc fill num', () => Buffer.alloc(4, 257));
t('alloc fill str', () => Buffer.alloc(5, 'ab'));
t('alloc fill hex', () => Buffer.alloc(5, 'a1b2', 'hex'));
t('alloc fill base64', () => Buffer.alloc(4, 'YQ==', 'base64'));
t('alloc fill buf', () => Buffer.alloc(5, Buffer.from([1, 2])));
t('alloc fill empty str', () => Buffer.alloc(3, ''));
t('alloc fill 0', () => Buffer.alloc(3, 0));
t('alloc 0', () => Buffer.alloc(0, 'x'));
t('unsafe len', () => Buffer.allocUnsafe(10).length);
t('unsafeSlow len', () => Buffer.allocUnsafeSlow(10).length);
t('neg', () => Buffer.alloc(-1));
t('str', () => Buffer.alloc('5'));
t('too big', () => Buffer.alloc(2 ** 33));
t('NaN', () => Buffer.alloc(NaN));
t('float', () => Buffer.alloc(2.5).length);
t('unsafe neg', () => Buffer.allocUnsafe(-1));
t('unsafeSlow str', () => Buffer.allocUnsafeSlow('1'));
t('bad fill', () => Buffer.alloc(2, 'zz', 'hex'));
