// decoding a long mixed text split at every chunk size gives the original back
const { StringDecoder } = require('string_decoder');
const text = 'aé€😀'.repeat(200) + 'end';
const bytes = Buffer.from(text);
for (const enc of ['utf8', 'utf16le', 'base64', 'hex', 'latin1']) {
  const encoded = enc === 'utf8' ? bytes : Buffer.from(text, enc === 'utf16le' ? 'utf16le' : 'utf8');
  for (const size of [1, 2, 3, 5, 7, 64]) {
    const d = new StringDecoder(enc);
    let out = '';
    for (let i = 0; i < encoded.length; i += size) out += d.write(encoded.subarray(i, i + size));
    out += d.end();
    console.log(enc, size, out.length, out === encoded.toString(enc));
  }
}
