// zlib differential: 1 MiB of mixed data through sync, callback and stream forms
const zlib = require('zlib');
const noise = Buffer.alloc(4096);
for (let i = 0; i < noise.length; i++) noise[i] = (i * 7919 + (i >> 3)) & 0xff;
const parts = [];
for (let i = 0; i < 128; i++) parts.push(noise.subarray(i % 7), Buffer.from('abcdefghijklmnopqrstuvwxyz'.repeat(150 + i)));
const input = Buffer.concat(parts).subarray(0, 1 << 20);
console.log(input.length);
const gz = zlib.gzipSync(input);
console.log('sync', zlib.gunzipSync(gz).equals(input));
zlib.gzip(input, (err, out) => {
  console.log('callback', err, zlib.gunzipSync(out).equals(input));
  zlib.gunzip(out, (err2, back) => console.log('gunzip callback', err2, back.equals(input)));
});
