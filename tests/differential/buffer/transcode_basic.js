// buffer.transcode between utf8, utf16le and latin1
function t(label, f) {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}
const { transcode } = require('buffer');
t('utf8 to ucs2', () => transcode(Buffer.from('h€'), 'utf8', 'ucs2'));
t('ucs2 to utf8', () => transcode(Buffer.from('h€', 'ucs2'), 'ucs2', 'utf8'));
t('utf8 to latin1', () => transcode(Buffer.from('hé'), 'utf8', 'latin1'));
t('latin1 to utf8', () => transcode(Buffer.from([0xe9]), 'latin1', 'utf8'));
t('empty', () => transcode(Buffer.alloc(0), 'utf8', 'ucs2'));
t('bad source', () => transcode('x', 'utf8', 'ucs2'));
