// zlib differential: exact deflate bytes at every level for short inputs (no matches to find)
const zlib = require('zlib');
for (let level = -1; level <= 9; level++) {
  console.log(level, zlib.deflateSync('node zlib', { level }).toString('hex'), zlib.gzipSync('x', { level }).toString('hex'));
}
