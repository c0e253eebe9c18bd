// zlib differential: windowBits 8..15 for every format; inflate with 0 reads the header's window
const zlib = require('zlib');
const input = Buffer.from('window bits '.repeat(2000));
for (let windowBits = 8; windowBits <= 15; windowBits++) {
  const d = zlib.deflateSync(input, { windowBits });
  const r = zlib.deflateRawSync(input, { windowBits });
  console.log(windowBits, d.subarray(0, 2).toString('hex'),
    zlib.inflateSync(d).equals(input), zlib.inflateSync(d, { windowBits: 0 }).equals(input),
    zlib.inflateRawSync(r, { windowBits: Math.max(windowBits, 9) }).equals(input));
  if (windowBits > 8) console.log(' gzip', zlib.gunzipSync(zlib.gzipSync(input, { windowBits })).equals(input));
}
