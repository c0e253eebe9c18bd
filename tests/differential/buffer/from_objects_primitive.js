// Buffer.from uses valueOf and Symbol.toPrimitive, and rejects other values
function t(label, f) {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}
t('String object', () => Buffer.from(new String('hey')));
t('valueOf string', () => Buffer.from({ valueOf() { return 'vo'; } }));
t('valueOf array', () => Buffer.from({ valueOf() { return [1, 2]; } }));
t('toPrimitive', () => Buffer.from({ [Symbol.toPrimitive](hint) { return 'tp-' + hint; } }));
t('toPrimitive hex', () => Buffer.from({ [Symbol.toPrimitive]() { return 'abcd'; } }, 'hex'));
t('number', () => Buffer.from(5));
t('null', () => Buffer.from(null));
t('undefined', () => Buffer.from());
t('object', () => Buffer.from({}));
t('symbol', () => Buffer.from(Symbol('s')));
t('function', () => Buffer.from(() => 1));
t('bool', () => Buffer.from(true));
