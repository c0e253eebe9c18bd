// crypto differential: globalThis.crypto property shape and Crypto methods
const crypto = require('crypto');
function show(f) {
  try { const r = f(); console.log(Buffer.isBuffer(r) ? "<buf " + r.toString("hex") + ">" : typeof r === "string" ? JSON.stringify(r) : r); }
  catch (e) { console.log(e.name, e.code, JSON.stringify(e.message)); }
}

const d = Object.getOwnPropertyDescriptor(globalThis, 'crypto');
show(() => typeof d.get + ' ' + d.configurable);
show(() => typeof globalThis.crypto.subtle);
show(() => String(globalThis.crypto.subtle));
show(() => globalThis.crypto.subtle === crypto.subtle);
show(() => typeof globalThis.crypto.getRandomValues + ' ' + typeof globalThis.crypto.randomUUID);
