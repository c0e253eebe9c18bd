// zlib differential: brotli decoder errors, and a brotli stream with flush()
const zlib = require('zlib');
const late = []; // the callback and the stream's events race on the pool

try { zlib.brotliDecompressSync(Buffer.from([0xff, 0xff, 0xff, 0xff, 0x01, 0x02])); } catch (e) { console.log(e.message, e.code, e.errno, Object.keys(e)); }
zlib.brotliDecompress(Buffer.from([0xff, 0xff, 0xff, 0xff]), (e) => late.push(['async', e.message, e.code, e.errno].join(' ')));
const enc = zlib.createBrotliCompress();
const out = [];
enc.on('data', (c) => out.push(c));
enc.write('flushed part ');
enc.flush(() => {
  console.log('flushed bytes > 0', Buffer.concat(out).length > 0);
  enc.end('rest');
});
enc.on('end', () => console.log(zlib.brotliDecompressSync(Buffer.concat(out)).toString()));
process.on('exit', () => { for (const line of late.sort()) console.log(line); });
