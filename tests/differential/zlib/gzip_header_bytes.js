// zlib differential: gzip header and trailer fields (magic, method, flags, mtime, xfl, os, crc, size)
const zlib = require('zlib');
const out = zlib.gzipSync('header check');
console.log(out.subarray(0, 10).toString('hex'));
console.log(out.readUInt32LE(out.length - 8), out.readUInt32LE(out.length - 4), zlib.crc32('header check'));
for (const level of [1, 9]) console.log(level, zlib.gzipSync('a', { level }).subarray(0, 10).toString('hex'));
const z = zlib.deflateSync('x', { level: 1 });
console.log(z.subarray(0, 2).toString('hex'), zlib.deflateSync('x', { level: 9 }).subarray(0, 2).toString('hex'));
