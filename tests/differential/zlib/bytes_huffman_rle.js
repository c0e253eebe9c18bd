// zlib differential: Z_HUFFMAN_ONLY and Z_RLE bytes on real text match node exactly
const zlib = require('zlib');
let text = '';
for (let i = 0; i < 3000; i++) text += ['alpha', 'beta', 'gamma', 'delta'][(i * 7) % 4] + (i % 13) + ' ';
for (const strategy of [zlib.constants.Z_HUFFMAN_ONLY, zlib.constants.Z_RLE]) {
  for (const level of [1, 6, 9]) {
    const out = zlib.deflateSync(text, { strategy, level });
    console.log(strategy, level, out.length, out.toString('base64').slice(0, 60), out.subarray(-8).toString('hex'));
  }
}
