// TextDecoder streaming decode keeps partial characters across chunks
const bytes = Buffer.from('\ufeffa€😀b');
for (const size of [1, 2, 3]) {
  const d = new TextDecoder();
  const out = [];
  for (let i = 0; i < bytes.length; i += size) out.push(d.decode(bytes.subarray(i, i + size), { stream: true }));
  out.push(d.decode());
  console.log(size, JSON.stringify(out));
}
const d = new TextDecoder();
console.log(JSON.stringify([d.decode(Buffer.from([0xe2, 0x82]), { stream: true }), d.decode()]));
console.log(JSON.stringify([d.decode(Buffer.from([0xe2]), { stream: true }), d.decode(Buffer.from([0x41]), { stream: true }), d.decode()]));
console.log(JSON.stringify([d.decode(Buffer.from([0xe0]), { stream: true }), d.decode(Buffer.from([0x80]), { stream: true }), d.decode()]));
const bom = new TextDecoder();
console.log(JSON.stringify([bom.decode(Buffer.from([0xef, 0xbb]), { stream: true }), bom.decode(Buffer.from([0xbf, 0x41]), { stream: true }), bom.decode(Buffer.from([0xef, 0xbb, 0xbf]))]));
const f = new TextDecoder('utf-8', { fatal: true });
try { f.decode(Buffer.from([0xe2]), { stream: true }); f.decode(); } catch (e) { console.log(e.code, e.message); }
console.log(JSON.stringify(f.decode(Buffer.from('ok'))));
