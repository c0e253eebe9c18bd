// crypto differential: nested async crypto callbacks complete in order of dependency
const crypto = require('crypto');
function show(f) {
  try { const r = f(); console.log(Buffer.isBuffer(r) ? "<buf " + r.toString("hex") + ">" : typeof r === "string" ? JSON.stringify(r) : r); }
  catch (e) { console.log(e.name, e.code, JSON.stringify(e.message)); }
}

crypto.randomBytes(4, (err, a) => {
  console.log('first', a.length);
  crypto.pbkdf2('p', a, 1, 8, 'sha1', (err2, key) => {
    console.log('second', key.length);
    crypto.randomFill(new Uint8Array(3), (err3, b) => console.log('third', b.length));
  });
});
console.log('start');
