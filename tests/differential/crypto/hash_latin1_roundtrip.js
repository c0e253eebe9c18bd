// crypto differential: latin1/binary digests and hashing binary strings
const crypto = require('crypto');
function show(f) {
  try { const r = f(); console.log(Buffer.isBuffer(r) ? "<buf " + r.toString("hex") + ">" : typeof r === "string" ? JSON.stringify(r) : r); }
  catch (e) { console.log(e.name, e.code, JSON.stringify(e.message)); }
}

const d = crypto.createHash('sha1').update('x').digest('binary');
show(() => d.length);
show(() => Buffer.from(d, 'latin1').toString('hex'));
show(() => crypto.createHash('md5').update(d, 'binary').digest('hex'));
show(() => crypto.createHash('md5').update('\u00ff\u00fe', 'latin1').digest('hex'));
show(() => crypto.createHash('md5').update('\u00ff\u00fe').digest('hex'));
show(() => crypto.createHash('md5').update('\ud83d\ude00').digest('hex'));
show(() => crypto.createHash('md5').update('\ud83d').digest('hex'));
