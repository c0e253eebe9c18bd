// includes with every needle type and offset
function t(label, f) {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}
const b = Buffer.from('this is a buffer');
console.log(b.includes('this'), b.includes('is', 3), b.includes('is', 6), b.includes(Buffer.from('a buffer')), b.includes(97), b.includes(97, -6), b.includes('buffer', 12));
console.log(b.includes('6275666665', 'hex'), b.includes('YnVm', 0, 'base64'), b.includes(''), b.includes('', 100));
t('bad', () => b.includes([1]));
