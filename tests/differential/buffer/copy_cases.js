// buf.copy with clamping, overlap, coercion and range errors
function t(label, f) {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}
const src = Buffer.from('abcdef');
function run(label, ...args) {
  const dst = Buffer.alloc(4, '.');
  t(label, () => [src.copy(dst, ...args), dst.toString()]);
}
run('default');
run('targetStart', 2);
run('sourceStart', 0, 3);
run('sourceEnd', 1, 1, 3);
run('target past end', 4);
run('source empty range', 0, 3, 3);
run('string args', '1', '2', '4');
run('float args', 1.7, 0.2);
run('NaN', NaN, NaN);
run('neg target', -1);
run('neg source', 0, -1);
run('source past len', 0, 7);
run('neg end', 0, 0, -1);
run('end past len', 0, 4, 100);
const same = Buffer.from('abcdef');
t('overlap fwd', () => [same.copy(same, 2, 0, 4), same.toString()]);
const same2 = Buffer.from('abcdef');
t('overlap back', () => [same2.copy(same2, 0, 2), same2.toString()]);
t('bad target', () => src.copy('x'));
t('to uint8', () => { const u = new Uint8Array(3); src.copy(u); return u; });
