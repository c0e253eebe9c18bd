// Buffer.from with utf8 strings: multibyte, astral, lone surrogates, empty
function t(label, f) {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}
t('ascii', () => Buffer.from('hello'));
t('latin', () => Buffer.from('héllo'));
t('euro', () => Buffer.from('€'));
t('emoji', () => Buffer.from('😀'));
t('lone high', () => Buffer.from('a\ud800b'));
t('lone low', () => Buffer.from('\udc00'));
t('reversed pair', () => Buffer.from('\ude00\ud83d'));
t('empty', () => Buffer.from(''));
t('explicit utf-8', () => Buffer.from('€', 'utf-8'));
t('UTF8 caps', () => Buffer.from('€', 'UTF8'));
t('nul', () => Buffer.from('\0a\0'));
