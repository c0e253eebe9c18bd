// crypto differential: digest output encodings, including unknown ones
const crypto = require('crypto');
function show(f) {
  try { const r = f(); console.log(Buffer.isBuffer(r) ? "<buf " + r.toString("hex") + ">" : typeof r === "string" ? JSON.stringify(r) : r); }
  catch (e) { console.log(e.name, e.code, JSON.stringify(e.message)); }
}

for (const enc of ['hex', 'base64', 'base64url', 'latin1', 'binary', 'buffer', 'ucs2', 'utf16le', 'ascii', undefined, 'bogus']) {
  show(() => { const r = crypto.createHash('md5').update('x').digest(enc); return Buffer.isBuffer(r) ? r : Buffer.from(r, enc === 'bogus' || enc === 'buffer' ? 'utf8' : enc).toString('hex'); });
}
