// Buffer.concat with lengths shorter/longer than total, empty lists, invalid items
function t(label, f) {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}
const a = Buffer.from('ab');
const b = Buffer.from('cde');
t('basic', () => Buffer.concat([a, b]));
t('shorter', () => Buffer.concat([a, b], 3));
t('longer', () => Buffer.concat([a, b], 7));
t('zero', () => Buffer.concat([a, b], 0));
t('empty', () => Buffer.concat([]));
t('uint8', () => Buffer.concat([new Uint8Array([1, 2]), a]));
t('not array', () => Buffer.concat('ab'));
t('bad item', () => Buffer.concat([a, 'x']));
t('bad item obj', () => Buffer.concat([a, {}]));
t('bad length', () => Buffer.concat([a], -1));
t('bad length type', () => Buffer.concat([a], '1'));
t('float length', () => Buffer.concat([a], 1.5));
t('single copy', () => { const c = Buffer.concat([a]); c[0] = 0; return [a, c]; });
