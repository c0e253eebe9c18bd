// buf.write with offsets, lengths, encodings; partial characters are not written
function t(label, f) {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}
function run(label, size, ...args) {
  const b = Buffer.alloc(size, '.');
  t(label, () => [b.write(...args), b]);
}
run('basic', 6, 'abc');
run('offset', 6, 'abc', 2);
run('offset length', 6, 'abcdef', 2, 2);
run('overflow', 4, 'abcdefgh');
run('euro partial', 4, '€€');
run('euro partial len', 6, '€', 0, 2);
run('enc as offset', 6, '6869', 'hex');
run('enc as length', 6, '6869', 1, 'hex');
run('hex odd', 6, 'abc', 0, 'hex');
run('hex invalid', 6, 'zz12', 'hex');
run('hex half', 6, '12zz', 'hex');
run('ucs2 odd len', 6, 'abc', 0, 3, 'ucs2');
run('base64', 6, 'YWJjZA==', 'base64');
run('base64url', 6, '-_8', 'base64url');
run('latin1', 4, 'é€', 'latin1');
run('ascii', 4, 'é€', 'ascii');
run('emoji partial', 5, 'a😀', 0, 4);
run('lone surrogate', 5, '\ud800');
run('empty', 3, '');
run('offset = len', 3, 'a', 3);
run('offset > len', 3, 'a', 4);
run('neg offset', 3, 'a', -1);
run('float offset', 3, 'a', 1.5);
run('str offset num', 3, 'a', '1', 1);
run('length > len', 3, 'abc', 0, 10);
run('neg length', 3, 'abc', 0, -1);
run('not string', 3, 5);
run('not string with offset', 3, {}, 0);
run('UTF8 caps', 4, 'é', 0, 4, 'UTF-8');
