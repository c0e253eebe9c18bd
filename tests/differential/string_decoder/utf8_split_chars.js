// utf8: characters split across writes are held until complete
const { StringDecoder } = require('string_decoder');
function feed(enc, chunks) {
  const d = new StringDecoder(enc);
  const out = chunks.map((c) => d.write(Buffer.from(c)));
  out.push(d.end());
  console.log(enc, JSON.stringify(chunks), JSON.stringify(out));
}
feed('utf8', [[0xe2], [0x82], [0xac]]);
feed('utf8', [[0xe2, 0x82], [0xac, 0x41]]);
feed('utf8', [[0xf0, 0x9f], [0x98, 0x80]]);
feed('utf8', [[0xf0], [0x9f], [0x98], [0x80]]);
feed('utf8', [[0x61, 0xc3], [0xa9, 0x62]]);
feed('utf8', [[0xc3, 0xa9, 0xe2, 0x82, 0xac]]);
const all = Buffer.from('añ€😀z');
for (let i = 0; i <= all.length; i++) feed('utf8', [[...all.subarray(0, i)], [...all.subarray(i)]]);
