// indexOf with numbers and buffers as needles, and invalid needles
function t(label, f) {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}
const b = Buffer.from([1, 2, 3, 1, 2, 3, 255]);
t('num', () => [b.indexOf(2), b.indexOf(2, 2), b.lastIndexOf(2), b.lastIndexOf(2, 3), b.indexOf(4)]);
t('num wrap', () => [b.indexOf(255), b.indexOf(-1), b.indexOf(258), b.indexOf(2.9), b.indexOf(0x1ff)]);
t('num neg offset', () => [b.indexOf(1, -4), b.lastIndexOf(3, -2), b.indexOf(1, -100), b.lastIndexOf(1, -100)]);
t('buf', () => [b.indexOf(Buffer.from([2, 3])), b.indexOf(Buffer.from([2, 3]), 2), b.lastIndexOf(Buffer.from([2, 3]))]);
t('u8', () => b.indexOf(new Uint8Array([3, 255])));
t('empty buf', () => [b.indexOf(Buffer.alloc(0)), b.indexOf(Buffer.alloc(0), 3), b.lastIndexOf(Buffer.alloc(0))]);
t('longer', () => b.indexOf(Buffer.alloc(20)));
t('includes', () => [b.includes(3), b.includes(Buffer.from([3, 1])), b.includes(9)]);
t('object', () => b.indexOf({}));
t('null', () => b.indexOf(null));
t('bool', () => b.indexOf(true));
t('uint16', () => b.indexOf(new Uint16Array([1])));
