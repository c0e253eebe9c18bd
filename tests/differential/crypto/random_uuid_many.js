// crypto differential: randomUUID values are unique and well-formed over many draws
const crypto = require('crypto');
function show(f) {
  try { const r = f(); console.log(Buffer.isBuffer(r) ? "<buf " + r.toString("hex") + ">" : typeof r === "string" ? JSON.stringify(r) : r); }
  catch (e) { console.log(e.name, e.code, JSON.stringify(e.message)); }
}

const seen = new Set();
for (let i = 0; i < 2000; i++) seen.add(crypto.randomUUID());
show(() => seen.size);
show(() => [...seen].every((u) => u.length === 36 && u[14] === '4' && '89ab'.includes(u[19])));
