// utf8: incomplete or invalid sequences become U+FFFD exactly as Node emits them
const { StringDecoder } = require('string_decoder');
function feed(enc, chunks) {
  const d = new StringDecoder(enc);
  const out = chunks.map((c) => d.write(Buffer.from(c)));
  out.push(d.end());
  console.log(enc, JSON.stringify(chunks), JSON.stringify(out));
}
feed('utf8', [[0xe2, 0x82], [0x41]]);
feed('utf8', [[0xe0], [0x80], [0x41]]);
feed('utf8', [[0xe2, 0x82]]);
feed('utf8', [[0xf0, 0x9f], [0x98]]);
feed('utf8', [[0xc3]]);
feed('utf8', [[0xff, 0xe2], [0xff]]);
feed('utf8', [[0xed], [0xa0, 0x80]]);
feed('utf8', [[0xf4], [0x90]]);
feed('utf8', [[0x80, 0x80, 0x80, 0x80]]);
feed('utf8', [[0xc0], [0xaf]]);
feed('utf8', [[0xf8, 0x88]]);
feed('utf8', [[0xe2], [0xe2], [0x82, 0xac]]);
feed('utf8', [[0x41, 0x80], [0x80]]);
feed('utf8', [[0xf0, 0x80, 0x80], [0x80]]);
