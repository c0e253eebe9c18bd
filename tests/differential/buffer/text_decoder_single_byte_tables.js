// TextDecoder decodes every byte of the single-byte WHATWG encodings as node's ICU does, and
// fatal mode rejects exactly the unmapped bytes.
const encs = ['iso-8859-2', 'iso-8859-3', 'iso-8859-4', 'iso-8859-5', 'iso-8859-6', 'iso-8859-7',
  'iso-8859-8', 'iso-8859-8-i', 'iso-8859-10', 'iso-8859-13', 'iso-8859-14', 'iso-8859-15',
  'windows-874', 'windows-1250', 'windows-1251', 'windows-1253', 'windows-1254', 'windows-1255',
  'windows-1256', 'windows-1257', 'windows-1258', 'koi8-r', 'koi8-u', 'ibm866', 'macintosh',
  'x-mac-cyrillic'];
const all = Uint8Array.from({ length: 256 }, (_, i) => i);
for (const e of encs) {
  const text = new TextDecoder(e).decode(all);
  const codes = Array.from(text, (c) => c.codePointAt(0).toString(16)).join(' ');
  const bad = [];
  for (let i = 0; i < 256; i++) {
    try {
      new TextDecoder(e, { fatal: true }).decode(all.subarray(i, i + 1));
    } catch (err) {
      bad.push(i.toString(16) + ':' + err.code);
    }
  }
  console.log(e, text.length);
  console.log(' ', codes);
  console.log('  unmapped', bad.join(' '));
}
