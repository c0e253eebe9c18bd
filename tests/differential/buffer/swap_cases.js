// swap16/32/64 reverse byte groups and reject sizes that are not multiples
function t(label, f) {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}
t('16', () => Buffer.from([1, 2, 3, 4]).swap16());
t('32', () => Buffer.from([1, 2, 3, 4, 5, 6, 7, 8]).swap32());
t('64', () => Buffer.from([1, 2, 3, 4, 5, 6, 7, 8]).swap64());
t('16 odd', () => Buffer.from([1, 2, 3]).swap16());
t('32 bad', () => Buffer.from([1, 2]).swap32());
t('64 bad', () => Buffer.alloc(12).swap64());
t('empty', () => Buffer.alloc(0).swap16());
t('big', () => { const b = Buffer.alloc(256); for (let i = 0; i < 256; i++) b[i] = i; b.swap32(); return [b[0], b[3], b[252], b[255]]; });
t('returns this', () => { const b = Buffer.alloc(2); return b.swap16() === b; });
t('subarray', () => { const b = Buffer.from([1, 2, 3, 4, 5]); b.subarray(1).swap16(); return b; });
