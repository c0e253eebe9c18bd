// zlib differential: zlib callbacks are async: sync code, nextTick and microtasks come first
const zlib = require('zlib');
const log = [];
zlib.gzip('a', () => log.push('gzip'));
zlib.gunzip(Buffer.from('bad'), () => log.push('gunzip-error'));
process.nextTick(() => log.push('tick'));
Promise.resolve().then(() => log.push('micro'));
log.push('sync');
process.on('exit', () => console.log(log.slice(0, 3).join(' '), log.slice(3).sort().join(' ')));
