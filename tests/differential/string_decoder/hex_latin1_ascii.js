// hex, latin1 and ascii decode every chunk whole
const { StringDecoder } = require('string_decoder');
function feed(enc, chunks) {
  const d = new StringDecoder(enc);
  const out = chunks.map((c) => d.write(Buffer.from(c)));
  out.push(d.end());
  console.log(enc, JSON.stringify(chunks), JSON.stringify(out));
}
feed('hex', [[1, 2], [255]]);
feed('latin1', [[0xe9], [0x41, 0xff]]);
feed('binary', [[0xe9]]);
feed('ascii', [[0xe9, 0x41]]);
