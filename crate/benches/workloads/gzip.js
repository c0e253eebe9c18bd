// zlib: gzipSync of 16 MB of semi-compressible text, then gunzipSync (throughput in MB/s of
// input). Skipped (prints "BENCH gzip skipped") where zlib.gzipSync does not exist yet.
// hosts: node nodeboa chromium
// bytes: 16777216
let zlib = null;
try {
  zlib = require('zlib');
} catch {
  zlib = null;
}
if (!zlib || typeof zlib.gzipSync !== 'function') {
  console.log('BENCH gzip skipped');
} else {
  const size = 16 * 1024 * 1024;
  const src = Buffer.alloc(size);
  let x = 1;
  for (let i = 0; i < size; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    src[i] = 97 + ((x >> 16) % 16); // 16 letters: compresses about 2:1
  }
  const t0 = performance.now();
  const packed = zlib.gzipSync(src);
  const back = zlib.gunzipSync(packed);
  const ms = performance.now() - t0;
  if (back.length !== size) throw new Error(`length ${back.length}`);
  console.log(`ratio ${(packed.length / size).toFixed(3)}`);
  console.log(`BENCH gzip ${ms}`);
}
