// zlib differential: flush() with Z_SYNC_FLUSH and Z_FULL_FLUSH emits decodable output at once
const zlib = require('zlib');
const d = zlib.createDeflate();
const out = [];
d.on('data', (c) => out.push(c));
d.write('first part ');
d.flush(zlib.constants.Z_SYNC_FLUSH, () => {
  const sofar = Buffer.concat(out);
  console.log('sync flush ends with', sofar.subarray(-4).toString('hex'));
  console.log('partial inflate', zlib.inflateSync(sofar, { finishFlush: zlib.constants.Z_SYNC_FLUSH }).toString());
  d.write('second part');
  d.flush(() => {
    console.log('full flush ends with', Buffer.concat(out).subarray(-4).toString('hex'));
    d.end();
  });
});
d.on('end', () => console.log('all', zlib.inflateSync(Buffer.concat(out)).toString()));
