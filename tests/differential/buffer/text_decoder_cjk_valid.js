// TextDecoder for the CJK encodings (gbk, gb18030, big5, shift_jis, euc-jp, iso-2022-jp,
// euc-kr) on well-formed input.
const samples = {
  gbk: [0xc4, 0xe3, 0xba, 0xc3, 0x41],
  gb18030: [0xc4, 0xe3, 0xba, 0xc3, 0x81, 0x30, 0x81, 0x30],
  big5: [0xa7, 0x41, 0xa6, 0x6e, 0x42],
  shift_jis: [0x82, 0xb1, 0x82, 0xf1, 0x82, 0xc9, 0x82, 0xbf, 0x82, 0xcd, 0xb1],
  'euc-jp': [0xa4, 0xb3, 0xa4, 0xf3, 0x43],
  'iso-2022-jp': [0x1b, 0x24, 0x42, 0x24, 0x33, 0x24, 0x73, 0x1b, 0x28, 0x42, 0x44],
  'euc-kr': [0xbe, 0xc8, 0xb3, 0xe7, 0x45],
};
for (const [label, bytes] of Object.entries(samples)) {
  const d = new TextDecoder(label);
  const text = d.decode(Uint8Array.from(bytes));
  console.log(label, d.encoding, JSON.stringify(text), Array.from(text, (c) => c.codePointAt(0).toString(16)).join(' '));
}
console.log(new TextDecoder('x-sjis').encoding, new TextDecoder('csbig5').encoding, new TextDecoder('ks_c_5601-1987').encoding,
  new TextDecoder('chinese').encoding, new TextDecoder('x-euc-jp').encoding);
