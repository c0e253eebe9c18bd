// zlib differential: util.promisify works on every callback form, including rejections
const zlib = require('zlib');
const { promisify } = require('util');
(async () => {
  for (const [c, d] of [['deflate', 'inflate'], ['gzip', 'gunzip'], ['deflateRaw', 'inflateRaw'], ['brotliCompress', 'brotliDecompress'], ['gzip', 'unzip']]) {
    const packed = await promisify(zlib[c])('promised ' + c);
    const back = await promisify(zlib[d])(packed);
    console.log(c, d, back.toString());
  }
  try { await promisify(zlib.gunzip)(Buffer.from('not gzip')); } catch (e) { console.log('rejected', e.message, e.code, e.errno); }
  const withOpts = await promisify(zlib.deflate)('opts', { level: 1 });
  console.log(zlib.inflateSync(withOpts).toString());
})();
