// crypto differential: hkdf callback result, after nextTick and promise jobs
const crypto = require('crypto');
function show(f) {
  try { const r = f(); console.log(Buffer.isBuffer(r) ? "<buf " + r.toString("hex") + ">" : typeof r === "string" ? JSON.stringify(r) : r); }
  catch (e) { console.log(e.name, e.code, JSON.stringify(e.message)); }
}

const order = [];
crypto.hkdf('sha256', 'key', 'salt', 'info', 16, (err, ab) => {
  order.push('hkdf ' + err + ' ' + Buffer.from(ab).toString('hex'));
  console.log(order.join('\n'));
});
process.nextTick(() => order.push('tick'));
Promise.resolve().then(() => order.push('micro'));
order.push('sync');
