// latin1/binary/ascii encoding of strings keeps the low byte of each code unit
function t(label, f) {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}
t('latin1', () => Buffer.from('héllo€', 'latin1'));
t('binary', () => Buffer.from('ÿ\u0100', 'binary'));
t('ascii', () => Buffer.from('héllo€', 'ascii'));
t('ascii high', () => Buffer.from('\u00ff\u0180', 'ascii'));
t('LATIN1 caps', () => Buffer.from('é', 'LATIN1'));
