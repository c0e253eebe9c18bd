// zlib differential: reset() starts a fresh stream; close() destroys and calls back
const zlib = require('zlib');
const d = zlib.createDeflateRaw();
console.log(typeof d.reset(), d._closed);
const out = [];
d.on('data', (c) => out.push(c));
d.on('end', () => console.log('after reset', zlib.inflateRawSync(Buffer.concat(out)).toString()));
d.end('fresh');
const g = zlib.createGunzip();
g.on('close', () => console.log('close event', g._closed, g.destroyed));
g.close(() => console.log('close callback'));
console.log('closed sync', g._closed, g.destroyed);
