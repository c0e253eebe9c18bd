// TextDecoder('utf-16le') in fatal and replacement modes: lone surrogates, odd trailing
// bytes, and chunked streaming with a surrogate pair split across calls.
const show = (s) => Array.from(s, (c) => c.codePointAt(0).toString(16)).join(',');
const cases = [[0x61, 0x00, 0x00, 0xd8], [0x00, 0xdc, 0x61, 0x00], [0x3d, 0xd8, 0x00, 0xde], [0x61], [0x3d, 0xd8, 0x61]];
for (const c of cases) {
  console.log(c.join(','), show(new TextDecoder('utf-16le').decode(Uint8Array.from(c))));
  try {
    console.log('  fatal', show(new TextDecoder('utf-16le', { fatal: true }).decode(Uint8Array.from(c))));
  } catch (e) {
    console.log('  fatal', e.name, e.code, e.message);
  }
}
const pair = Buffer.from('a😀b', 'utf16le');
for (let i = 0; i <= pair.length; i++) {
  const d = new TextDecoder('utf-16le', { fatal: true });
  console.log(i, show(d.decode(pair.subarray(0, i), { stream: true }) + d.decode(pair.subarray(i))));
}
