// base64 and base64url: groups of three bytes across writes, padding at end
const { StringDecoder } = require('string_decoder');
function feed(enc, chunks) {
  const d = new StringDecoder(enc);
  const out = chunks.map((c) => d.write(Buffer.from(c)));
  out.push(d.end());
  console.log(enc, JSON.stringify(chunks), JSON.stringify(out));
}
feed('base64', [[1], [2, 3, 4], [5]]);
feed('base64', [[1, 2, 3]]);
feed('base64', [[1, 2]]);
feed('base64', [[1], [2], [3], [4]]);
feed('base64', [[]]);
feed('base64url', [[0xfb], [0xff]]);
feed('base64url', [[0xfb, 0xff, 0xbf, 0x01]]);
