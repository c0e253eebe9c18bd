// crypto differential: update() returns the hash; digest without update; copies after updates
const crypto = require('crypto');
function show(f) {
  try { const r = f(); console.log(Buffer.isBuffer(r) ? "<buf " + r.toString("hex") + ">" : typeof r === "string" ? JSON.stringify(r) : r); }
  catch (e) { console.log(e.name, e.code, JSON.stringify(e.message)); }
}

const h = crypto.createHash('sha256');
show(() => h.update('a') === h);
show(() => h.update('b').update('c').digest('hex'));
show(() => crypto.createHash('sha512').digest('hex'));
show(() => crypto.createHash('sha384').digest('base64'));
show(() => crypto.createHash('sha224').update('').digest('hex'));
const x = crypto.createHash('sha1');
const copies = [];
for (const part of ['a', 'b', 'c']) { x.update(part); copies.push(x.copy()); }
for (const c of copies) show(() => c.digest('hex'));
