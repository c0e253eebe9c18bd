// Buffer() and new Buffer() still work (deprecated), SlowBuffer too
function t(label, f) {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}
const { SlowBuffer } = require('buffer');
t('call num', () => Buffer(3));
t('new str', () => new Buffer('abc'));
t('new str enc', () => new Buffer('6869', 'hex'));
t('new array', () => new Buffer([1, 2]));
t('num with enc', () => Buffer(3, 'utf8'));
t('slow', () => SlowBuffer(3).length);
t('slow bad', () => SlowBuffer(-1));
t('instanceof', () => Buffer(1) instanceof Buffer);
