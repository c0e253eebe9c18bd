// crypto differential: hash.update with every input encoding and view type
const crypto = require('crypto');
function show(f) {
  try { const r = f(); console.log(Buffer.isBuffer(r) ? "<buf " + r.toString("hex") + ">" : typeof r === "string" ? JSON.stringify(r) : r); }
  catch (e) { console.log(e.name, e.code, JSON.stringify(e.message)); }
}

const h = (data, enc) => crypto.createHash('sha256').update(data, enc).digest('hex');
show(() => h('68656c6c6f', 'hex'));
show(() => h('aGVsbG8=', 'base64'));
show(() => h('aGVsbG8', 'base64url'));
show(() => h('h\u00e9llo', 'latin1'));
show(() => h('h\u00e9llo', 'binary'));
show(() => h('hello', 'ascii'));
show(() => h('hello', 'utf16le'));
show(() => h('hello', 'ucs2'));
show(() => h('hello', 'utf-8'));
show(() => h('hello', 'bogus'));
show(() => h(Buffer.from('hello')));
show(() => h(new Uint8Array([104, 101, 108, 108, 111])));
show(() => h(new Uint16Array([1, 2, 3])));
show(() => h(new Float64Array([1.5])));
show(() => h(new DataView(new Uint8Array([1, 2, 3, 4]).buffer, 1, 2)));
show(() => h(Buffer.from('xxhelloxx').subarray(2, 7)));
show(() => h(1));
show(() => h(null));
show(() => h({}));
show(() => h(new ArrayBuffer(4)));
