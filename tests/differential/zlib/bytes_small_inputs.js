// zlib differential: exact bytes of every format for empty, 1-byte and short inputs
const zlib = require('zlib');
for (const input of ['', 'x', 'hello', 'abc', '\u00e9\u00e8']) {
  for (const f of ['deflateSync', 'deflateRawSync', 'gzipSync']) {
    console.log(JSON.stringify(input), f, zlib[f](input).toString('hex'));
  }
}
