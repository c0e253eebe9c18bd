// zlib differential: brotli output bytes for larger text and binary inputs match node's (by hash)
// at the qualities where our encoder (the `brotli` crate) makes C brotli's choices on them: 0, 1
// and 5-8 with the default window. Elsewhere it does not: zlib/brotli_bytes_divergent.js, a known
// failure.
const zlib = require('zlib');
const crypto = require('crypto');

let seed = 0x12345;
const random = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
const words = ['the', 'quick', 'brown', 'fox', 'function', 'return', 'const', '{', '}', 'node',
  'boa', 'wasm', 'runtime', 'ünïcödé', '0x1F'];
const parts = [];
for (let n = 0; n < 40000; n++) parts.push(words[Math.floor(random() * words.length)], random() < 0.3 ? '\n' : ' ');
const text = parts.join('');
const binary = Buffer.alloc(60000);
for (let i = 0; i < binary.length; i++) binary[i] = Math.floor(random() * (i % 7 === 0 ? 256 : 16));

const { BROTLI_PARAM_QUALITY, BROTLI_PARAM_LGWIN, BROTLI_PARAM_MODE, BROTLI_MODE_TEXT } = zlib.constants;
const settings = [0, 1, 5, 6, 7, 8].map((quality) => ({ [BROTLI_PARAM_QUALITY]: quality }));
settings.push({ [BROTLI_PARAM_QUALITY]: 6, [BROTLI_PARAM_LGWIN]: 18 });
settings.push({ [BROTLI_PARAM_QUALITY]: 8, [BROTLI_PARAM_MODE]: BROTLI_MODE_TEXT });
for (const params of settings) {
  for (const [name, data] of [['text', text], ['binary', binary]]) {
    const out = zlib.brotliCompressSync(data, { params });
    const back = zlib.brotliDecompressSync(out);
    console.log(JSON.stringify(params), name, out.length,
      crypto.createHash('sha256').update(out).digest('hex').slice(0, 16),
      back.equals(Buffer.from(data)));
  }
}
