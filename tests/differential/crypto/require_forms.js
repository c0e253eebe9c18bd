// crypto differential: require('node:crypto') is the same module; exports shape
const crypto = require('crypto');
function show(f) {
  try { const r = f(); console.log(Buffer.isBuffer(r) ? "<buf " + r.toString("hex") + ">" : typeof r === "string" ? JSON.stringify(r) : r); }
  catch (e) { console.log(e.name, e.code, JSON.stringify(e.message)); }
}

show(() => require('node:crypto') === crypto);
for (const k of ['createHash', 'createHmac', 'randomBytes', 'randomFill', 'randomFillSync', 'randomInt', 'randomUUID', 'getRandomValues', 'timingSafeEqual', 'pbkdf2', 'pbkdf2Sync', 'scrypt', 'scryptSync', 'hkdf', 'hkdfSync', 'getHashes', 'getCiphers', 'webcrypto', 'subtle']) show(() => k + ' ' + typeof crypto[k]);
show(() => crypto.createHash('md5') instanceof crypto.Hash);
show(() => crypto.Hash('md5').digest('hex'));
show(() => crypto.createHmac('md5', 'k') instanceof crypto.Hmac);
