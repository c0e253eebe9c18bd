// zlib differential: compressed data fed one byte at a time decodes fully
const zlib = require('zlib');
const input = 'byte by byte '.repeat(300);
const gz = zlib.gzipSync(input);
const g = zlib.createGunzip();
let out = '';
g.setEncoding('utf8');
g.on('data', (s) => { out += s; });
g.on('end', () => console.log(out === input, out.length, g.bytesWritten === gz.length));
let i = 0;
(function next() {
  if (i >= gz.length) return g.end();
  g.write(gz.subarray(i, i + 1));
  i++;
  if (i % 50 === 0) setImmediate(next); else next();
})();
