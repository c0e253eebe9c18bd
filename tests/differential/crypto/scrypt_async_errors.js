// crypto differential: scrypt callback form throws its argument errors synchronously
const crypto = require('crypto');
function show(f) {
  try { const r = f(); console.log(Buffer.isBuffer(r) ? "<buf " + r.toString("hex") + ">" : typeof r === "string" ? JSON.stringify(r) : r); }
  catch (e) { console.log(e.name, e.code, JSON.stringify(e.message)); }
}

show(() => crypto.scrypt('p', 's', 16, { N: 3 }, () => console.log('never')));
show(() => crypto.scrypt('p', 's', -1, () => console.log('never')));
show(() => crypto.scrypt('p', 's', 16, 5));
show(() => crypto.scrypt(null, 's', 16, () => {}));
show(() => crypto.scrypt('p', 's', 16, { maxmem: -1 }, () => {}));
