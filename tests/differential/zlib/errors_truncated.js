// zlib differential: truncated streams are "unexpected end of file" (Z_BUF_ERROR), sync and async
const zlib = require('zlib');
function show(f) { try { f(); console.log('ok'); } catch (e) { console.log(e.message, e.code, e.errno); } }
show(() => zlib.inflateSync(zlib.deflateSync('hello').subarray(0, 5)));
show(() => zlib.gunzipSync(zlib.gzipSync('hello').subarray(0, 15)));
show(() => zlib.inflateRawSync(zlib.deflateRawSync('hello world hello').subarray(0, 3)));
show(() => zlib.brotliDecompressSync(zlib.brotliCompressSync('hello world hello').subarray(0, 5)));
show(() => zlib.inflateSync(Buffer.alloc(0)));
zlib.inflate(zlib.deflateSync('hello').subarray(0, 5), (e) => console.log('async', e.message, e.code, e.errno));
