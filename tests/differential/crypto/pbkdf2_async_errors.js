// crypto differential: pbkdf2 callback form throws argument errors synchronously
const crypto = require('crypto');
function show(f) {
  try { const r = f(); console.log(Buffer.isBuffer(r) ? "<buf " + r.toString("hex") + ">" : typeof r === "string" ? JSON.stringify(r) : r); }
  catch (e) { console.log(e.name, e.code, JSON.stringify(e.message)); }
}

show(() => crypto.pbkdf2('p', 's', 0, 16, 'sha1', () => console.log('never')));
show(() => crypto.pbkdf2('p', 's', 1, 16, 'nope', () => console.log('never')));
show(() => crypto.pbkdf2('p', 's', 1, 16, () => console.log('never')));
show(() => crypto.pbkdf2(undefined, 's', 1, 16, 'sha1', () => {}));
crypto.pbkdf2('p', 's', 1, 0, 'sha1', (err, key) => console.log('empty', err, key.length));
