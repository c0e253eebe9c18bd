// zlib differential: zlib.crc32 on strings, buffers, typed arrays, with a running value, and its errors
const zlib = require('zlib');
console.log(typeof zlib.crc32, zlib.crc32('hello'), zlib.crc32(''), zlib.crc32('hello', 5));
console.log(zlib.crc32(Buffer.from('hello')), zlib.crc32(new Uint16Array([1, 2, 3])), zlib.crc32('\u00e9'));
console.log(zlib.crc32('world', zlib.crc32('hello ')) === zlib.crc32('hello world'));
console.log(zlib.crc32(new DataView(new ArrayBuffer(8))));
function show(f) { try { console.log(f()); } catch (e) { console.log(e.name, e.code, JSON.stringify(e.message)); } }
show(() => zlib.crc32(5));
show(() => zlib.crc32('a', -1));
show(() => zlib.crc32('a', 'b'));
show(() => zlib.crc32('a', 2 ** 32));
show(() => zlib.crc32(new ArrayBuffer(2)));
