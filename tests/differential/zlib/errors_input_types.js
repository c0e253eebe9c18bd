// zlib differential: accepted and rejected input types for sync and callback forms
const zlib = require('zlib');
const late = []; // callbacks of concurrent jobs may finish in any order

function show(f) { try { const r = f(); console.log('ok', r && r.length); } catch (e) { console.log(e.name, e.code, JSON.stringify(e.message)); } }
show(() => zlib.deflateSync(123));
show(() => zlib.deflateSync(null));
show(() => zlib.deflateSync({}));
show(() => zlib.deflateSync(new Uint8Array([1, 2, 3])));
show(() => zlib.deflateSync(new Uint16Array([1, 2, 3])));
show(() => zlib.deflateSync(new DataView(new ArrayBuffer(4))));
show(() => zlib.inflateSync(zlib.deflateSync(new ArrayBuffer(5))));
show(() => zlib.inflateSync(zlib.deflateSync(new Float64Array([1.5, 2.5]))));
show(() => zlib.deflate('x'));
show(() => zlib.deflate('x', {}, 'nope'));
zlib.deflate(new ArrayBuffer(3), (e, r) => late.push(['ab', e, zlib.inflateSync(r).length].join(' ')));
zlib.gzip(new Uint16Array([258]), (e, r) => late.push(['u16', e, zlib.gunzipSync(r).toString('hex')].join(' ')));
process.on('exit', () => { for (const line of late.sort()) console.log(line); });
