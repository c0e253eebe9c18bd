// crypto differential: pbkdf2/pbkdf2Sync argument errors
const crypto = require('crypto');
function show(f) {
  try { const r = f(); console.log(Buffer.isBuffer(r) ? "<buf " + r.toString("hex") + ">" : typeof r === "string" ? JSON.stringify(r) : r); }
  catch (e) { console.log(e.name, e.code, JSON.stringify(e.message)); }
}

show(() => crypto.pbkdf2Sync('p', 's', 1, 16, 'nope'));
show(() => crypto.pbkdf2Sync('p', 's', 0, 16, 'sha1'));
show(() => crypto.pbkdf2Sync('p', 's', 1, -1, 'sha1'));
show(() => crypto.pbkdf2Sync('p', 's', 1, 16));
show(() => crypto.pbkdf2Sync('p', 's', 1.5, 16, 'sha1'));
show(() => crypto.pbkdf2Sync('p', 's', '1', 16, 'sha1'));
show(() => crypto.pbkdf2Sync(1, 's', 1, 16, 'sha1'));
show(() => crypto.pbkdf2Sync('p', null, 1, 16, 'sha1'));
show(() => crypto.pbkdf2Sync('p', 's', 1, 16, 'shake128'));
show(() => crypto.pbkdf2('p', 's', 1, 16, 'sha1'));
show(() => crypto.pbkdf2('p', 's', 1, 16, 'sha1', 'x'));
