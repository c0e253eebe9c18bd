// TextDecoder utf-8: replacement, BOM, fatal, labels
function t(label, f) {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}
const td = new TextDecoder();
console.log(td.encoding, td.fatal, td.ignoreBOM, td);
console.log(JSON.stringify(td.decode(Buffer.from([0xef, 0xbb, 0xbf, 0x68, 0x69]))));
console.log(JSON.stringify(new TextDecoder('utf-8', { ignoreBOM: true }).decode(Buffer.from([0xef, 0xbb, 0xbf, 0x68]))));
console.log(JSON.stringify(td.decode(Buffer.from([0xff, 0x41, 0xe2, 0x82]))));
console.log(JSON.stringify(td.decode()), JSON.stringify(td.decode(new ArrayBuffer(2))), JSON.stringify(td.decode(new DataView(new ArrayBuffer(1)))));
console.log(td.decode(new Uint16Array([0x6968])));
t('fatal', () => new TextDecoder('utf-8', { fatal: true }).decode(Buffer.from([0xc3])));
t('fatal ok', () => new TextDecoder('utf-8', { fatal: true }).decode(Buffer.from('ok')));
t('unknown', () => new TextDecoder('foo'));
t('labels', () => ['utf8', ' UTF-8 ', 'unicode-1-1-utf-8', 'utf-16', 'ucs-2', 'latin1', 'ascii', 'us-ascii', 'iso-8859-1'].map((l) => new TextDecoder(l).encoding));
t('bad input', () => td.decode(5) && 'no');
t('bad options', () => new TextDecoder('utf-8', 5));
console.log(Object.getOwnPropertyNames(TextDecoder.prototype));
