// zlib differential: info: true returns { buffer, engine } from sync and callback forms
const zlib = require('zlib');
const r = zlib.deflateSync('info please', { info: true });
console.log(Object.keys(r), Buffer.isBuffer(r.buffer), r.engine instanceof zlib.Deflate, r.engine.bytesWritten, r.engine._closed);
console.log(zlib.inflateSync(r.buffer).toString());
zlib.gzip('info async', { info: true }, (err, res) => {
  console.log(err, Object.keys(res), res.engine instanceof zlib.Gzip, res.engine.bytesWritten);
  console.log(zlib.gunzipSync(res.buffer).toString());
});
const b = zlib.brotliCompressSync('brotli info', { info: true });
console.log(b.engine instanceof zlib.BrotliCompress, zlib.brotliDecompressSync(b.buffer).toString());
