// zlib differential: maxOutputLength stops sync and callback forms with ERR_BUFFER_TOO_LARGE
const zlib = require('zlib');
const late = []; // callbacks of concurrent jobs may finish in any order

const packed = zlib.deflateSync(Buffer.alloc(100000, 'x'));
function show(f) { try { console.log('ok', f().length); } catch (e) { console.log(e.name, e.code, e.message); } }
show(() => zlib.inflateSync(packed, { maxOutputLength: 10 }));
show(() => zlib.inflateSync(packed, { maxOutputLength: 100000 }));
show(() => zlib.inflateSync(packed, { maxOutputLength: 99999 }));
show(() => zlib.brotliDecompressSync(zlib.brotliCompressSync(Buffer.alloc(5000)), { maxOutputLength: 100 }));
zlib.inflate(packed, { maxOutputLength: 50 }, (e, r) => late.push(['async', e && e.code, e && e.message, r].join(' ')));
zlib.inflate(packed, { maxOutputLength: 1e6 }, (e, r) => late.push(['async ok', e, r.length].join(' ')));
process.on('exit', () => { for (const line of late.sort()) console.log(line); });
