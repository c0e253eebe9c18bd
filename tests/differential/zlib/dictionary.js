// zlib differential: preset dictionaries for deflate and raw deflate, missing and wrong dictionaries
const zlib = require('zlib');
const late = []; // callbacks of concurrent jobs may finish in any order

function show(f) { try { console.log('ok', f().toString()); } catch (e) { console.log(e.message, e.code, e.errno); } }
const dictionary = Buffer.from('hello world dictionary');
const packed = zlib.deflateSync('hello world hello world', { dictionary });
console.log(packed.subarray(0, 6).toString('hex'), packed.readUInt32BE(2) === require('zlib').crc32 ? 'x' : 'dictid');
show(() => zlib.inflateSync(packed, { dictionary }));
show(() => zlib.inflateSync(packed));
show(() => zlib.inflateSync(packed, { dictionary: Buffer.from('other') }));
show(() => zlib.unzipSync(packed, { dictionary }));
const raw = zlib.deflateRawSync('hello world hello', { dictionary });
show(() => zlib.inflateRawSync(raw, { dictionary }));
show(() => zlib.inflateSync(zlib.deflateSync('abc', { dictionary: new Uint8Array([97, 98]).buffer }), { dictionary: Buffer.from('ab') }));
zlib.inflate(packed, (e) => late.push(['async', e.message, e.code, e.errno].join(' ')));
zlib.inflate(packed, { dictionary }, (e, r) => late.push(['async ok', e, r.toString()].join(' ')));
process.on('exit', () => { for (const line of late.sort()) console.log(line); });
