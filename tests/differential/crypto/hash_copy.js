// crypto differential: hash.copy() forks the running state
const crypto = require('crypto');
function show(f) {
  try { const r = f(); console.log(Buffer.isBuffer(r) ? "<buf " + r.toString("hex") + ">" : typeof r === "string" ? JSON.stringify(r) : r); }
  catch (e) { console.log(e.name, e.code, JSON.stringify(e.message)); }
}

const h = crypto.createHash('sha256').update('one');
const c = h.copy();
h.update('two');
c.update('three');
show(() => h.digest('hex'));
show(() => c.digest('hex'));
show(() => crypto.createHash('sha256').update('onetwo').digest('hex'));
show(() => crypto.createHash('sha256').update('onethree').digest('hex'));
const m = crypto.createHash('md5');
show(() => m.copy().copy().update('z').digest('hex'));
show(() => typeof m.copy().update);
show(() => m.update('q') === m);
