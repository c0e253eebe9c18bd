// crypto differential: createHash options objects that are not outputLength
const crypto = require('crypto');
function show(f) {
  try { const r = f(); console.log(Buffer.isBuffer(r) ? "<buf " + r.toString("hex") + ">" : typeof r === "string" ? JSON.stringify(r) : r); }
  catch (e) { console.log(e.name, e.code, JSON.stringify(e.message)); }
}

show(() => crypto.createHash('sha256', {}).update('a').digest('hex'));
show(() => crypto.createHash('sha256', { highWaterMark: 4 }).update('a').digest('hex'));
show(() => crypto.createHash('shake128', { outputLength: undefined }).update('a').digest('hex'));
show(() => crypto.createHash('shake128', { outputLength: 2 ** 32 }));
show(() => crypto.createHash('md5', { outputLength: 16 }).digest('hex'));
show(() => crypto.createHash('md5', { outputLength: 0 }).digest('hex'));
