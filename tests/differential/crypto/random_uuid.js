// crypto differential: randomUUID format, version and variant bits, options validation
const crypto = require('crypto');
function show(f) {
  try { const r = f(); console.log(Buffer.isBuffer(r) ? "<buf " + r.toString("hex") + ">" : typeof r === "string" ? JSON.stringify(r) : r); }
  catch (e) { console.log(e.name, e.code, JSON.stringify(e.message)); }
}

const re = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
show(() => { for (let i = 0; i < 100; i++) if (!re.test(crypto.randomUUID())) return false; return true; });
show(() => crypto.randomUUID() !== crypto.randomUUID());
show(() => re.test(crypto.randomUUID({ disableEntropyCache: true })));
show(() => crypto.randomUUID({ disableEntropyCache: 1 }));
show(() => crypto.randomUUID(1));
show(() => typeof crypto.randomUUID(null));
