// crypto differential: scryptSync RFC 7914 vectors, option aliases
const crypto = require('crypto');
function show(f) {
  try { const r = f(); console.log(Buffer.isBuffer(r) ? "<buf " + r.toString("hex") + ">" : typeof r === "string" ? JSON.stringify(r) : r); }
  catch (e) { console.log(e.name, e.code, JSON.stringify(e.message)); }
}

show(() => crypto.scryptSync('', '', 64, { N: 16, r: 1, p: 1 }).toString('hex'));
show(() => crypto.scryptSync('password', 'NaCl', 64, { N: 1024, r: 8, p: 16 }).toString('hex'));
show(() => crypto.scryptSync('pw', 'salt', 16).toString('hex'));
show(() => crypto.scryptSync('pw', 'salt', 16, { cost: 32, blockSize: 2, parallelization: 2 }).toString('hex'));
show(() => crypto.scryptSync(Buffer.from('pw'), new Uint8Array([1, 2, 3]), 10, { N: 4 }).toString('hex'));
show(() => crypto.scryptSync('pw', 'salt', 0).length);
show(() => crypto.scryptSync('pw', 'salt', 100, { N: 2, r: 1 }).length);
