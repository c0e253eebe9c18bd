// buf.fill with numbers, strings with encodings, buffers, offsets and errors
function t(label, f) {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}
t('num', () => Buffer.alloc(4).fill(1));
t('num wrap', () => Buffer.alloc(4).fill(-1));
t('float', () => Buffer.alloc(2).fill(3.9));
t('range', () => Buffer.alloc(5).fill(7, 1, 3));
t('str', () => Buffer.alloc(5).fill('abc'));
t('utf8 split', () => Buffer.alloc(5).fill('€'));
t('hex', () => Buffer.alloc(5).fill('a1b2', 'hex'));
t('hex offset enc', () => Buffer.alloc(5).fill('a1', 1, 'hex'));
t('hex end enc', () => Buffer.alloc(5).fill('a1', 1, 3, 'hex'));
t('base64', () => Buffer.alloc(4).fill('YWI=', 'base64'));
t('ucs2', () => Buffer.alloc(5).fill('a', 'ucs2'));
t('latin1 char', () => Buffer.alloc(2).fill('é', 'latin1'));
t('utf8 char', () => Buffer.alloc(4).fill('é'));
t('buffer', () => Buffer.alloc(5).fill(Buffer.from([1, 2])));
t('uint16', () => Buffer.alloc(5).fill(new Uint16Array([0x0102])));
t('bool', () => Buffer.alloc(2).fill(true));
t('object', () => Buffer.alloc(2).fill({}));
t('null', () => Buffer.alloc(2).fill(null));
t('empty str', () => Buffer.alloc(2, 1).fill(''));
t('empty buf', () => Buffer.alloc(2).fill(Buffer.alloc(0)));
t('bad hex', () => Buffer.alloc(2).fill('zz', 'hex'));
t('offset > end', () => Buffer.alloc(3).fill(1, 2, 1));
t('offset past len', () => Buffer.alloc(3).fill(1, 5));
t('end past len', () => Buffer.alloc(3).fill(1, 0, 4));
t('neg offset', () => Buffer.alloc(3).fill(1, -1));
t('str offset', () => Buffer.alloc(3).fill(1, '1'));
t('float offset', () => Buffer.alloc(3).fill(1, 1.5));
t('bad enc type', () => Buffer.alloc(3).fill('a', 0, 3, 5));
t('returns this', () => { const b = Buffer.alloc(1); return b.fill(1) === b; });
