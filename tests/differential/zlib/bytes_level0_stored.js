// zlib differential: level 0 (stored blocks) bytes, including inputs past one 16 KiB output chunk
const zlib = require('zlib');
const crypto = require('crypto');
for (const size of [0, 1, 100, 5000, 20000, 70000]) {
  const input = Buffer.alloc(size);
  for (let i = 0; i < size; i++) input[i] = (i * 31 + (i >> 5)) & 0xff;
  const out = zlib.deflateSync(input, { level: 0 });
  console.log(size, out.length, crypto.createHash('sha1').update(out).digest('hex'));
  const raw = zlib.deflateRawSync(input, { level: 0 });
  console.log(size, raw.length, crypto.createHash('sha1').update(raw).digest('hex'));
}
