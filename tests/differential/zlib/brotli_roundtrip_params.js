// zlib differential: brotli params (quality, lgwin, mode, size hint) round-trip; bad params throw
const zlib = require('zlib');
const { constants: c } = zlib;
const input = Buffer.from('brotli parameters '.repeat(400));
for (const quality of [0, 1, 4, 5, 9, 11]) {
  for (const lgwin of [10, 16, 22, 24]) {
    const out = zlib.brotliCompressSync(input, { params: { [c.BROTLI_PARAM_QUALITY]: quality, [c.BROTLI_PARAM_LGWIN]: lgwin } });
    process.stdout.write(zlib.brotliDecompressSync(out).equals(input) ? '.' : 'x');
  }
}
console.log();
const text = zlib.brotliCompressSync(input, { params: { [c.BROTLI_PARAM_MODE]: c.BROTLI_MODE_TEXT, [c.BROTLI_PARAM_SIZE_HINT]: input.length } });
console.log(zlib.brotliDecompressSync(text).equals(input));
function show(f) { try { f(); console.log('ok'); } catch (e) { console.log(e.name, e.code, e.message); } }
show(() => zlib.brotliCompressSync('x', { params: { 1234: 1 } }));
show(() => zlib.brotliCompressSync('x', { params: { foo: 1 } }));
show(() => zlib.brotliCompressSync('x', { params: { 1: 'high' } }));
show(() => zlib.brotliCompressSync('x', { params: { 1: true } }));
show(() => zlib.brotliDecompressSync(zlib.brotliCompressSync('x'), { params: { [c.BROTLI_DECODER_PARAM_LARGE_WINDOW]: 1 } }));
