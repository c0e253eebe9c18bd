// zlib differential: a stream fed garbage emits 'error' with node's fields, then 'close'
const zlib = require('zlib');
const late = []; // the two streams' pool writes race
const log = (...a) => late.push(a.join(' '));
const g = zlib.createGunzip();
g.on('error', (e) => log('error', e.message, e.code, e.errno, g.destroyed));
g.on('close', () => log('close'));
g.on('end', () => log('end (unexpected)'));
g.end(Buffer.from('definitely not gzip'));
const b = zlib.createBrotliDecompress();
b.on('error', (e) => log('brotli error', e.message, e.code, e.errno));
b.end(Buffer.from([0xff, 0xff, 0xff, 0xff, 0x01, 0x02]));
process.on('exit', () => { for (const line of late.sort()) console.log(line); });
