// crypto differential: the crypto global, crypto.webcrypto, subtle.digest
const crypto = require('crypto');
function show(f) {
  try { const r = f(); console.log(Buffer.isBuffer(r) ? "<buf " + r.toString("hex") + ">" : typeof r === "string" ? JSON.stringify(r) : r); }
  catch (e) { console.log(e.name, e.code, JSON.stringify(e.message)); }
}

show(() => typeof globalThis.crypto);
show(() => crypto.webcrypto === globalThis.crypto);
show(() => Object.prototype.toString.call(globalThis.crypto));
show(() => typeof globalThis.crypto.subtle.digest);
show(() => /^[0-9a-f-]{36}$/.test(globalThis.crypto.randomUUID()));
show(() => globalThis.crypto.getRandomValues(new Uint8Array(5)).length);
const s = globalThis.crypto.subtle;
(async () => {
  for (const alg of ['SHA-1', 'SHA-256', 'sha-384', { name: 'SHA-512' }]) {
    const ab = await s.digest(alg, new TextEncoder().encode('abc'));
    console.log(ab instanceof ArrayBuffer, Buffer.from(ab).toString('hex'));
  }
  console.log(Buffer.from(await s.digest('SHA-256', Buffer.from('abc').buffer.slice(0))).toString('hex').length);
  try { await s.digest('MD5', new Uint8Array(1)); } catch (e) { console.log(e.name, e.message); }
})();
