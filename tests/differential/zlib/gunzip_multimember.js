// zlib differential: gunzip and unzip decode concatenated members and skip zero padding
const zlib = require('zlib');
const two = Buffer.concat([zlib.gzipSync('first '), zlib.gzipSync('second')]);
console.log(zlib.gunzipSync(two).toString(), zlib.unzipSync(two).toString());
console.log(zlib.gunzipSync(Buffer.concat([two, Buffer.alloc(10)])).toString());
try { zlib.gunzipSync(Buffer.concat([zlib.gzipSync('a'), Buffer.from('trailing garbage')])); } catch (e) { console.log(e.message, e.code, e.errno); }
console.log(zlib.inflateSync(Buffer.concat([zlib.deflateSync('only one'), zlib.deflateSync('ignored')])).toString());
zlib.gunzip(two, (err, out) => console.log('async', err, out.toString()));
