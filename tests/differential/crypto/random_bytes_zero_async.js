// crypto differential: zero-length async random fills still call back
const crypto = require('crypto');
function show(f) {
  try { const r = f(); console.log(Buffer.isBuffer(r) ? "<buf " + r.toString("hex") + ">" : typeof r === "string" ? JSON.stringify(r) : r); }
  catch (e) { console.log(e.name, e.code, JSON.stringify(e.message)); }
}

crypto.randomBytes(0, (err, buf) => console.log('bytes', err, buf.length));
crypto.randomFill(new Uint8Array(0), (err, buf) => console.log('fill', err, buf.length));
crypto.randomFill(new Uint8Array(4), 4, (err, buf) => console.log('fill at end', err, buf.join()));
