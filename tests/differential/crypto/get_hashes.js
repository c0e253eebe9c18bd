// crypto differential: getHashes includes the common digests and is sorted
const crypto = require('crypto');
function show(f) {
  try { const r = f(); console.log(Buffer.isBuffer(r) ? "<buf " + r.toString("hex") + ">" : typeof r === "string" ? JSON.stringify(r) : r); }
  catch (e) { console.log(e.name, e.code, JSON.stringify(e.message)); }
}

const list = crypto.getHashes();
show(() => Array.isArray(list));
for (const a of ['md5', 'sha1', 'sha256', 'sha512', 'sha3-256', 'shake256', 'RSA-SHA256']) show(() => list.includes(a));
show(() => list.every((a) => { try { crypto.createHash(a); return true; } catch { return false; } }));
show(() => crypto.getHashes() !== list);
