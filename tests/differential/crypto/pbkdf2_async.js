// crypto differential: pbkdf2 callback result and ordering against setImmediate/nextTick
const crypto = require('crypto');
function show(f) {
  try { const r = f(); console.log(Buffer.isBuffer(r) ? "<buf " + r.toString("hex") + ">" : typeof r === "string" ? JSON.stringify(r) : r); }
  catch (e) { console.log(e.name, e.code, JSON.stringify(e.message)); }
}

const order = [];
crypto.pbkdf2('password', 'salt', 2, 20, 'sha1', (err, key) => {
  order.push('pbkdf2 ' + err + ' ' + key.toString('hex'));
  console.log(order.join('\n'));
});
process.nextTick(() => order.push('tick'));
order.push('sync');
