// Buffer.of and Buffer.copyBytesFrom
function t(label, f) {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}
t('of', () => Buffer.of(1, 2, 300, -1));
t('of empty', () => Buffer.of());
t('copy u16', () => Buffer.copyBytesFrom(new Uint16Array([1, 0x0203])));
t('copy offset', () => Buffer.copyBytesFrom(new Uint8Array([1, 2, 3, 4]), 1, 2));
t('copy offset past', () => Buffer.copyBytesFrom(new Uint8Array([1, 2]), 5));
t('copy bad', () => Buffer.copyBytesFrom([1, 2]));
t('copy neg', () => Buffer.copyBytesFrom(new Uint8Array(2), -1));
t('copy independent', () => { const u = new Uint8Array([1]); const b = Buffer.copyBytesFrom(u); u[0] = 9; return b; });
