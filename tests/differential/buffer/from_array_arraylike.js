// Buffer.from with arrays, array-likes, typed arrays, and toJSON-shaped objects
function t(label, f) {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}
t('array', () => Buffer.from([1, 2, 3]));
t('wrap', () => Buffer.from([256, -1, 1.9, '7', 'x', null, true]));
t('arraylike', () => Buffer.from({ length: 3, 0: 5, 1: 6 }));
t('bad length', () => Buffer.from({ length: 'x' }));
t('uint16', () => Buffer.from(new Uint16Array([1, 256, 513])));
t('float', () => Buffer.from(new Float64Array([1.5, 300])));
t('json', () => Buffer.from({ type: 'Buffer', data: [104, 105] }));
t('json round trip', () => Buffer.from(JSON.parse(JSON.stringify(Buffer.from('ok')))).toString());
t('empty array', () => Buffer.from([]));
t('negative length', () => Buffer.from({ length: -2 }));
