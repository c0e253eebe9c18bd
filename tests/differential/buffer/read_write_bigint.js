// BigInt64 reads and writes, aliases, and range messages
function t(label, f) {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}
const b = Buffer.alloc(8);
for (const v of [0n, 1n, -1n, 2n ** 63n - 1n, -(2n ** 63n), 0x0102030405060708n]) {
  b.writeBigInt64LE(v);
  const le = b.readBigInt64LE();
  b.writeBigInt64BE(v);
  console.log(String(v), String(le), String(b.readBigInt64BE()), b.toString('hex'), String(b.readBigUInt64LE()), String(b.readBigUInt64BE()));
}
t('u writes', () => [b.writeBigUInt64LE(2n ** 64n - 1n), b.toString('hex'), b.writeBigUint64BE(5n), b.toString('hex'), String(b.readBigUint64LE()), String(b.readBigUint64BE())]);
t('u over', () => b.writeBigUInt64LE(2n ** 64n));
t('u neg', () => b.writeBigUInt64BE(-1n));
t('i over', () => b.writeBigInt64LE(2n ** 63n));
t('i under', () => b.writeBigInt64BE(-(2n ** 63n) - 1n));
t('read out', () => b.readBigInt64LE(1));
t('write out', () => b.writeBigInt64LE(0n, 1));
t('read small', () => Buffer.alloc(7).readBigUInt64LE());
t('offset str', () => b.readBigInt64LE('0'));
t('returns', () => b.writeBigInt64BE(1n, 0));
