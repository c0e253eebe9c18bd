// indexOf/lastIndexOf/includes with strings, offsets and encodings
function t(label, f) {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}
const b = Buffer.from('abcabc€abc');
t('basic', () => [b.indexOf('b'), b.indexOf('bc', 2), b.indexOf('€'), b.indexOf('x'), b.indexOf('abc', -3)]);
t('last', () => [b.lastIndexOf('abc'), b.lastIndexOf('abc', 5), b.lastIndexOf('abc', -5), b.lastIndexOf('a', 0), b.lastIndexOf('c', -100)]);
t('includes', () => [b.includes('€a'), b.includes('zz'), b.includes('a', 100)]);
t('empty', () => [b.indexOf(''), b.indexOf('', 5), b.indexOf('', 100), b.lastIndexOf(''), b.lastIndexOf('', 2), b.indexOf('', -2)]);
t('hex', () => [b.indexOf('6263', 'hex'), b.indexOf('6263', 3, 'hex')]);
t('base64', () => b.indexOf('YWJj', 1, 'base64'));
t('latin1', () => Buffer.from('xéy', 'latin1').indexOf('é', 0, 'latin1'));
t('ucs2', () => { const u = Buffer.from('abab', 'ucs2'); return [u.indexOf('b', 0, 'ucs2'), u.lastIndexOf('a', undefined, 'ucs2'), u.indexOf('\u6200', 0, 'ucs2')]; });
t('offset string enc', () => b.indexOf('62', 'hex'));
t('offset null', () => b.indexOf('a', null));
t('offset NaN', () => [b.indexOf('c', NaN), b.lastIndexOf('c', NaN)]);
t('offset float', () => b.indexOf('b', 1.9));
t('offset object', () => b.indexOf('b', {}));
t('offset huge', () => [b.indexOf('a', 2 ** 40), b.lastIndexOf('a', 2 ** 40), b.lastIndexOf('a', -(2 ** 40))]);
t('empty buffer', () => [Buffer.alloc(0).indexOf('a'), Buffer.alloc(0).indexOf(''), Buffer.alloc(0).lastIndexOf('')]);
