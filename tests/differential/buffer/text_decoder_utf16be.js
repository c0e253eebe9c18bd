// TextDecoder('utf-16be'): BOM handling, surrogate pairs, lone surrogates, odd lengths,
// streaming across every split point, and fatal errors.
const show = (s) => JSON.stringify(s) + ' ' + Array.from(s, (c) => c.codePointAt(0).toString(16)).join(',');
const bytes = Buffer.from([0xfe, 0xff, 0x00, 0x61, 0xd8, 0x3d, 0xde, 0x00, 0x20, 0xac, 0x00, 0x62]);
console.log(show(new TextDecoder('utf-16be').decode(bytes)));
console.log(show(new TextDecoder('utf-16be', { ignoreBOM: true }).decode(bytes)));
for (let split = 0; split <= bytes.length; split++) {
  const d = new TextDecoder('utf-16be');
  const out = d.decode(bytes.subarray(0, split), { stream: true }) + d.decode(bytes.subarray(split));
  console.log(split, show(out));
}
const cases = [[0x00], [0x00, 0x61, 0x00], [0xd8, 0x00], [0xdc, 0x00, 0x00, 0x61], [0xd8, 0x00, 0xd8, 0x00, 0xdc, 0x00],
  [0xd8, 0x3d, 0xde, 0x00, 0xd8]];
for (const c of cases) {
  console.log(c.join(','), show(new TextDecoder('utf-16be').decode(Uint8Array.from(c))));
  try {
    console.log('  fatal', show(new TextDecoder('utf-16be', { fatal: true }).decode(Uint8Array.from(c))));
  } catch (e) {
    console.log('  fatal', e.name, e.code, e.message);
  }
}
// A fatal error resets the stream: the next decode starts clean.
const d = new TextDecoder('utf-16be', { fatal: true });
console.log(show(d.decode(Uint8Array.of(0xfe, 0xff, 0x00), { stream: true })));
try { d.decode(Uint8Array.of(0xdc, 0x00)); } catch (e) { console.log(e.code); }
console.log(show(d.decode(Uint8Array.of(0xfe, 0xff, 0x00, 0x41))));
console.log(show(new TextDecoder('utf-16be').decode(new Uint16Array([0x4100, 0x4200]))));
console.log(show(new TextDecoder('utf-16be').decode(new ArrayBuffer(2))));
console.log(show(new TextDecoder('utf-16be').decode(new DataView(Uint8Array.of(0, 0x63).buffer))));
