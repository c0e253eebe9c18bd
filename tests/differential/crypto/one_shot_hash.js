// crypto differential: crypto.hash() one-shot digests and its errors
const crypto = require('crypto');
function show(f) {
  try { const r = f(); console.log(Buffer.isBuffer(r) ? "<buf " + r.toString("hex") + ">" : typeof r === "string" ? JSON.stringify(r) : r); }
  catch (e) { console.log(e.name, e.code, JSON.stringify(e.message)); }
}

show(() => crypto.hash('sha1', 'abc'));
show(() => crypto.hash('sha1', 'abc', 'base64'));
show(() => crypto.hash('sha1', 'abc', 'buffer'));
show(() => crypto.hash('md5', Buffer.from('abc')));
show(() => crypto.hash('sha256', new Uint8Array([1, 2])));
show(() => crypto.hash('sha1', 1));
show(() => crypto.hash('nope', 'a'));
show(() => crypto.hash('sha1', 'a', 'bogus'));
show(() => crypto.hash(1, 'a'));
show(() => crypto.hash('shake256', 'a'));
