// utf16le: odd bytes and surrogate pairs across writes
const { StringDecoder } = require('string_decoder');
function feed(enc, chunks) {
  const d = new StringDecoder(enc);
  const out = chunks.map((c) => d.write(Buffer.from(c)));
  out.push(d.end());
  console.log(enc, JSON.stringify(chunks), JSON.stringify(out));
}
feed('utf16le', [[0x61], [0x00, 0x3d], [0xd8], [0x00, 0xde]]);
feed('utf16le', [[0x3d, 0xd8]]);
feed('utf16le', [[0x61]]);
feed('utf16le', [[0x3d, 0xd8, 0x00, 0xde]]);
feed('utf16le', [[0x3d, 0xd8], [0x00, 0xde]]);
feed('utf16le', [[0x3d], [0xd8, 0x00], [0xde]]);
feed('ucs2', [[0x61, 0x00, 0x62]]);
feed('utf-16le', [[0x00, 0xdc, 0x61, 0x00]]);
feed('utf16le', [[0x3d, 0xd8, 0x61]]);
