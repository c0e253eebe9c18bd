// zlib differential: corrupt input errors carry node's message, errno and code
const zlib = require('zlib');
function show(f) {
  try { const r = f(); console.log('ok', r.length); }
  catch (e) { console.log(Object.prototype.toString.call(e), e.name, JSON.stringify(e.message), e.code, e.errno, Object.keys(e)); }
}
show(() => zlib.inflateSync(Buffer.from('garbage data')));
show(() => zlib.gunzipSync(Buffer.from('garbage data')));
show(() => zlib.unzipSync(Buffer.from('garbage data')));
show(() => zlib.inflateRawSync(Buffer.from([0xff, 0xff, 0xff])));
const good = zlib.deflateSync('hello world');
const bad = Buffer.from(good); bad[bad.length - 1] ^= 1;
show(() => zlib.inflateSync(bad));
const gz = zlib.gzipSync('hello world');
const badgz = Buffer.from(gz); badgz[badgz.length - 6] ^= 1;
show(() => zlib.gunzipSync(badgz));
