// crypto differential: scrypt parameter and memory errors
const crypto = require('crypto');
function show(f) {
  try { const r = f(); console.log(Buffer.isBuffer(r) ? "<buf " + r.toString("hex") + ">" : typeof r === "string" ? JSON.stringify(r) : r); }
  catch (e) { console.log(e.name, e.code, JSON.stringify(e.message)); }
}

show(() => crypto.scryptSync('p', 's', 16, { N: 3 }));
show(() => crypto.scryptSync('p', 's', 16, { N: 1 }));
show(() => crypto.scryptSync('p', 's', 16, { N: 1024 * 1024 }));
show(() => crypto.scryptSync('p', 's', 16, { N: 1024, maxmem: 1000 }));
show(() => crypto.scryptSync('p', 's', -1));
show(() => crypto.scryptSync('p', 's', '16'));
show(() => crypto.scryptSync('p', 's', 16, { N: 16, cost: 16 }));
show(() => crypto.scryptSync('p', 's', 16, { r: 1, blockSize: 1 }));
show(() => crypto.scryptSync('p', 's', 16, { N: 'a' }));
show(() => crypto.scryptSync(1, 's', 16));
show(() => crypto.scrypt('p', 's', 16));
show(() => crypto.scrypt('p', 's', 16, {}));
