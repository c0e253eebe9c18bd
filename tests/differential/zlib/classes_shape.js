// zlib differential: classes, prototypes, instanceof and constructing without new
const zlib = require('zlib');
const { Transform } = require('stream');
for (const name of ['Deflate', 'Inflate', 'Gzip', 'Gunzip', 'DeflateRaw', 'InflateRaw', 'Unzip', 'BrotliCompress', 'BrotliDecompress']) {
  const s = zlib[`create${name}`]();
  const t = zlib[name]();
  console.log(name, zlib[name].name, s instanceof zlib[name], s instanceof Transform, t instanceof zlib[name],
    typeof s.flush, typeof s.params, typeof s.reset, typeof s.close, s.bytesWritten, s._closed);
  s.close();
  t.close();
}
const g = zlib.createGzip({ level: 3, strategy: 1, chunkSize: 1024 });
console.log(g._level, g._strategy, g._chunkSize, g._defaultFlushFlag, g._finishFlushFlag, g._defaultFullFlushFlag, g._maxOutputLength);
const b = zlib.createBrotliCompress();
console.log(b._defaultFlushFlag, b._finishFlushFlag, b._defaultFullFlushFlag, b._chunkSize);
g.close(); b.close();
