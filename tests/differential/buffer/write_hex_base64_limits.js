// write with hex and base64 respects offset and length limits
function t(label, f) {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}
function run(label, size, ...args) {
  const b = Buffer.alloc(size);
  t(label, () => [b.write(...args), b]);
}
run('hex cut', 2, 'aabbcc', 'hex');
run('hex len', 4, 'aabbcc', 0, 1, 'hex');
run('base64 cut', 2, 'YWJj', 'base64');
run('base64 off', 4, 'YWJj', 2, 'base64');
run('ucs2 cut', 3, 'abc', 'ucs2');
run('latin1 len', 4, 'abcd', 1, 2, 'latin1');
