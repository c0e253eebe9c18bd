// zlib differential: brotli bytes for empty, 1-byte and short inputs match node
const zlib = require('zlib');
for (const input of ['', 'x', 'ab', 'hello']) {
  console.log(JSON.stringify(input), zlib.brotliCompressSync(input).toString('hex'));
}
