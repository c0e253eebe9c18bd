// crypto differential: createHmac errors and double digest
const crypto = require('crypto');
function show(f) {
  try { const r = f(); console.log(Buffer.isBuffer(r) ? "<buf " + r.toString("hex") + ">" : typeof r === "string" ? JSON.stringify(r) : r); }
  catch (e) { console.log(e.name, e.code, JSON.stringify(e.message)); }
}

show(() => crypto.createHmac('nope', 'k'));
show(() => crypto.createHmac('sha256'));
show(() => crypto.createHmac('sha256', 1));
show(() => crypto.createHmac('sha256', null));
show(() => crypto.createHmac(5, 'k'));
show(() => crypto.createHmac('shake128', 'k'));
const h = crypto.createHmac('sha256', 'k');
show(() => h.digest('hex'));
show(() => h.digest('hex'));
show(() => h.digest());
show(() => h.update('x'));
show(() => crypto.createHmac('sha1', 'k').update(3));
