// zlib differential: event order and bytesWritten of a gzip stream
const zlib = require('zlib');
const g = zlib.createGzip();
const log = [];
const chunks = [];
g.on('data', (c) => { chunks.push(c); });
g.on('finish', () => log.push('finish'));
g.on('end', () => { log.push('end'); console.log(log.join(' '), g.bytesWritten, zlib.gunzipSync(Buffer.concat(chunks)).toString()); });
g.on('close', () => console.log('close', g._closed, g.destroyed));
g.write('one ', () => log.push('w1'));
g.write(Buffer.from('two '), () => log.push('w2'));
g.end('three', () => log.push('endcb'));
