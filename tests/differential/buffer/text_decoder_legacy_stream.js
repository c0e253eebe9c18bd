// Legacy single-byte TextDecoders: streaming needs no state, ignoreBOM is irrelevant, the
// encoding/fatal/ignoreBOM getters report what was chosen, and fatal errors name the encoding.
const d = new TextDecoder('windows-1251', { ignoreBOM: true });
console.log(d.encoding, d.fatal, d.ignoreBOM);
const src = Uint8Array.from([0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2, 0x2c, 0x20, 0xec, 0xe8, 0xf0]);
let out = '';
for (const b of src) out += d.decode(Uint8Array.of(b), { stream: true });
out += d.decode();
console.log(out);
console.log(new TextDecoder('iso-8859-7').decode(Uint8Array.from([0xc1, 0xe8, 0xde, 0xed, 0xe1])));
console.log(new TextDecoder('koi8-r').decode(Uint8Array.from([0xf0, 0xd2, 0xc9, 0xd7, 0xc5, 0xd4])));
console.log(new TextDecoder('windows-1250').decode(Buffer.from([0x8a, 0x9a, 0x8e, 0x9e])));
console.log(new TextDecoder('iso-8859-15').decode(Buffer.from([0xa4, 0xa6, 0xa8, 0xbc, 0xbd, 0xbe])));
try {
  new TextDecoder('iso-8859-6', { fatal: true }).decode(Uint8Array.of(0x41, 0xa1));
} catch (e) {
  console.log(e.name, e.code, e.message);
}
console.log(JSON.stringify(new TextDecoder('iso-8859-6').decode(Uint8Array.of(0x41, 0xa1, 0x42))));
console.log(require('util').inspect(new TextDecoder('latin2', { fatal: true })));
console.log(Object.prototype.toString.call(new TextDecoder('cp1253')));
