// TextDecoder labels: the WHATWG label table, trimming and case folding, and the labels node
// (full ICU) rejects with ERR_ENCODING_NOT_SUPPORTED.
const labels = ['utf8', 'UTF-8', ' unicode-1-1-utf-8\n', 'utf-16', 'ucs-2', 'utf-16le', 'UTF-16BE',
  'unicodefffe', 'latin1', 'ascii', 'us-ascii', 'iso-8859-1', 'cp1252', 'l2', 'latin2',
  'iso_8859-2', 'csisolatin5', 'iso-8859-9', 'l9', 'iso-8859-15', 'cyrillic', 'greek', 'hebrew',
  'arabic', 'koi', 'koi8', 'koi8-ru', 'cp1250', 'x-cp1251', 'windows-1256', 'dos-874', 'tis-620',
  'iso-8859-11', 'cp866', 'mac', 'x-mac-roman', 'x-mac-ukrainian', 'visual', 'logical',
  'iso-8859-16', 'x-user-defined', 'replacement', 'iso-2022-kr', 'bogus', '', 'utf-32', 'utf-7'];
for (const label of labels) {
  try {
    const d = new TextDecoder(label);
    console.log(JSON.stringify(label), '->', d.encoding, d.fatal, d.ignoreBOM);
  } catch (e) {
    console.log(JSON.stringify(label), e.name, e.code, e.message);
  }
}
