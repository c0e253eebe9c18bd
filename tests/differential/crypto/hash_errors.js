// crypto differential: createHash argument and state errors
const crypto = require('crypto');
function show(f) {
  try { const r = f(); console.log(Buffer.isBuffer(r) ? "<buf " + r.toString("hex") + ">" : typeof r === "string" ? JSON.stringify(r) : r); }
  catch (e) { console.log(e.name, e.code, JSON.stringify(e.message)); }
}

show(() => crypto.createHash('nope'));
show(() => crypto.createHash(1));
show(() => crypto.createHash());
show(() => crypto.createHash('sha256').update());
const h = crypto.createHash('sha256');
h.digest();
show(() => h.digest());
show(() => h.update('a'));
show(() => h.copy());
show(() => crypto.createHash('sha256', { outputLength: 5 }).digest('hex'));
show(() => crypto.createHash('sha256', { outputLength: 32 }).digest('hex'));
show(() => crypto.createHash('shake256', { outputLength: -1 }));
show(() => crypto.createHash('shake256', { outputLength: 'a' }));
show(() => crypto.createHash('shake256', { outputLength: 1.5 }));
show(() => crypto.createHash('shake256', 'x').digest('hex'));
show(() => crypto.createHash('shake256', null).digest('hex'));
