// crypto differential: createHash('sha1') known vectors in hex/base64/base64url/latin1/buffer
const crypto = require('crypto');
function show(f) {
  try { const r = f(); console.log(Buffer.isBuffer(r) ? "<buf " + r.toString("hex") + ">" : typeof r === "string" ? JSON.stringify(r) : r); }
  catch (e) { console.log(e.name, e.code, JSON.stringify(e.message)); }
}

for (const input of ['', 'abc', 'The quick brown fox jumps over the lazy dog', 'héllo wörld ✓', 'a'.repeat(1000)]) {
  show(() => crypto.createHash('sha1').update(input).digest('hex'));
}
show(() => crypto.createHash('sha1').update('abc').digest('base64'));
show(() => crypto.createHash('sha1').update('abc').digest('base64url'));
show(() => crypto.createHash('sha1').update('abc').digest('latin1'));
show(() => crypto.createHash('sha1').update('abc').digest());
show(() => crypto.createHash('sha1').update('ab').update('c').digest('hex'));
