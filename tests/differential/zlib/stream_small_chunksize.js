// zlib differential: a small chunkSize splits output into chunks of at most chunkSize bytes
const zlib = require('zlib');
const input = Buffer.alloc(50000);
for (let i = 0; i < input.length; i++) input[i] = (i * 13) ^ (i >> 3);
const inf = zlib.createInflate({ chunkSize: 1024 });
const sizes = [];
inf.on('data', (c) => sizes.push(c.length));
inf.on('end', () => console.log(sizes.length, Math.max(...sizes), sizes.reduce((a, b) => a + b, 0)));
inf.end(zlib.deflateSync(input));
console.log(zlib.inflateSync(zlib.deflateSync(input), { chunkSize: 64 }).equals(input));
