// zlib differential: params() changes the level mid-stream after a sync flush; output round-trips
const zlib = require('zlib');
const d = zlib.createDeflate({ level: 1 });
const out = [];
d.on('data', (c) => out.push(c));
d.on('end', () => console.log('round trip', zlib.inflateSync(Buffer.concat(out)).toString()));
d.write('before params ');
d.params(9, zlib.constants.Z_DEFAULT_STRATEGY, (err) => {
  console.log('params done', err, d._level, d._strategy);
  d.end('after params');
});
try { d.params(10, 0); } catch (e) { console.log(e.code, e.message); }
