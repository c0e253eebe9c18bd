// zlib differential: every sync compressor round-trips through its decompressor and unzip
const zlib = require('zlib');
const input = Buffer.from('round trip '.repeat(500) + 'end');
const pairs = [['deflateSync', 'inflateSync'], ['gzipSync', 'gunzipSync'], ['deflateRawSync', 'inflateRawSync'],
  ['brotliCompressSync', 'brotliDecompressSync'], ['deflateSync', 'unzipSync'], ['gzipSync', 'unzipSync']];
for (const [c, d] of pairs) {
  const back = zlib[d](zlib[c](input));
  console.log(c, d, back.equals(input), back.length);
}
