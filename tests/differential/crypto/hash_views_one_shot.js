// crypto differential: one-shot hash() over every view type and encoding
const crypto = require('crypto');
function show(f) {
  try { const r = f(); console.log(Buffer.isBuffer(r) ? "<buf " + r.toString("hex") + ">" : typeof r === "string" ? JSON.stringify(r) : r); }
  catch (e) { console.log(e.name, e.code, JSON.stringify(e.message)); }
}

const data = new Uint8Array([0, 1, 2, 250, 255]);
for (const v of [data, Buffer.from(data), new DataView(data.buffer), new Uint16Array(data.buffer.slice(0, 4))]) {
  show(() => crypto.hash('sha256', v));
}
for (const enc of ['hex', 'base64', 'base64url', 'latin1', 'buffer']) show(() => crypto.hash('md5', 'abc', enc));
show(() => crypto.hash('sha256', new ArrayBuffer(2)));
show(() => crypto.hash('md5', 'abc', 1));
