// TextDecoder utf-16le and windows-1252 decoding, streaming and lone surrogates
const u = new TextDecoder('utf-16le');
const ub = Buffer.from('\ufeffa😀', 'utf16le');
const out = [];
for (const x of ub) out.push(u.decode(Uint8Array.of(x), { stream: true }));
out.push(u.decode());
console.log(JSON.stringify(out));
console.log(JSON.stringify(u.decode(Uint8Array.of(0x3d, 0xd8, 0x61))), JSON.stringify(u.decode(Uint8Array.of(0x00, 0xdc, 0x61, 0x00))), JSON.stringify(u.decode(Uint8Array.of(0x61))));
try { new TextDecoder('utf-16le', { fatal: true }).decode(Uint8Array.of(0x00, 0xd8)); } catch (e) { console.log(e.code, e.message); }
const l = new TextDecoder('latin1');
console.log(l.encoding, JSON.stringify(l.decode(Uint8Array.of(0x41, 0x80, 0xe9, 0xff))));
console.log(JSON.stringify(new TextDecoder('ascii').decode(Uint8Array.of(0xe9))));
