// crypto differential: getCiphers lists the AES cbc/ctr/gcm modes
const crypto = require('crypto');
function show(f) {
  try { const r = f(); console.log(Buffer.isBuffer(r) ? "<buf " + r.toString("hex") + ">" : typeof r === "string" ? JSON.stringify(r) : r); }
  catch (e) { console.log(e.name, e.code, JSON.stringify(e.message)); }
}

const list = crypto.getCiphers();
show(() => Array.isArray(list));
show(() => list.filter((x) => /^aes-\d+-(cbc|ctr|gcm)$/.test(x)).join());
show(() => [...list].sort().join() === list.join());
