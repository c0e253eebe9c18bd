// crypto differential: subtle.digest rejections and unbound Crypto methods
const crypto = require('crypto');
function show(f) {
  try { const r = f(); console.log(Buffer.isBuffer(r) ? "<buf " + r.toString("hex") + ">" : typeof r === "string" ? JSON.stringify(r) : r); }
  catch (e) { console.log(e.name, e.code, JSON.stringify(e.message)); }
}

const c = globalThis.crypto;
(async () => {
  for (const [alg, data] of [['MD5', new Uint8Array(1)], ['SHA-256', 'abc'], [{}, new Uint8Array(1)]]) {
    try { await c.subtle.digest(alg, data); console.log('resolved'); } catch (e) { console.log(e.name, e.code, e.message); }
  }
  console.log(Buffer.from(await c.subtle.digest('SHA-1', new DataView(new Uint8Array([97, 98, 99]).buffer))).toString('hex'));
  console.log(Buffer.from(await c.subtle.digest('SHA-256', new Uint8Array(0))).toString('hex'));
})();
const { getRandomValues } = c;
show(() => getRandomValues(new Uint8Array(1)));
show(() => c.subtle.digest('SHA-256', new Uint8Array(1)) instanceof Promise);
