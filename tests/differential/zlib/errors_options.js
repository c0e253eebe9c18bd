// zlib differential: option validation errors (ERR_OUT_OF_RANGE, ERR_INVALID_ARG_TYPE)
const zlib = require('zlib');
function show(f) { try { f(); console.log('ok'); } catch (e) { console.log(e.name, e.code, JSON.stringify(e.message)); } }
show(() => zlib.deflateSync('x', { level: 10 }));
show(() => zlib.deflateSync('x', { level: -2 }));
show(() => zlib.deflateSync('x', { level: 'a' }));
show(() => zlib.deflateSync('x', { level: Infinity }));
show(() => zlib.deflateSync('x', { level: NaN }));
show(() => zlib.deflateSync('x', { windowBits: 7 }));
show(() => zlib.deflateSync('x', { windowBits: 16 }));
show(() => zlib.gzipSync('x', { windowBits: 8 }));
show(() => zlib.deflateSync('x', { memLevel: 0 }));
show(() => zlib.deflateSync('x', { memLevel: 10 }));
show(() => zlib.deflateSync('x', { strategy: 5 }));
show(() => zlib.deflateSync('x', { chunkSize: 10 }));
show(() => zlib.deflateSync('x', { flush: 9 }));
show(() => zlib.deflateSync('x', { finishFlush: -1 }));
show(() => zlib.deflateSync('x', { maxOutputLength: 0 }));
show(() => zlib.deflateSync('x', { dictionary: 'str' }));
show(() => zlib.createGzip({ level: 42 }));
