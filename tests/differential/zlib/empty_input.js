// zlib differential: empty inputs in every form: bytes, round trips, streams ending without data
const zlib = require('zlib');
const late = []; // the callback and the stream race on the pool

console.log(zlib.inflateSync(zlib.deflateSync(Buffer.alloc(0))).length, zlib.gunzipSync(zlib.gzipSync('')).length);
console.log(zlib.brotliDecompressSync(zlib.brotliCompressSync('')).length);
zlib.deflate(Buffer.alloc(0), (e, r) => late.push(['deflate empty', e, r.toString('hex')].join(' ')));
const g = zlib.createGzip();
const out = [];
g.on('data', (c) => out.push(c));
g.on('end', () => late.push('gzip stream empty ' + Buffer.concat(out).toString('hex')));
g.end();
try { zlib.gunzipSync(Buffer.alloc(0)); console.log('gunzip empty ok'); } catch (e) { console.log(e.message, e.code); }
process.on('exit', () => { for (const line of late.sort()) console.log(line); });
