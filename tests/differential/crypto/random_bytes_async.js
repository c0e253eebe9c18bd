// crypto differential: randomBytes callback runs after sync code and nextTick, on the pool
const crypto = require('crypto');
function show(f) {
  try { const r = f(); console.log(Buffer.isBuffer(r) ? "<buf " + r.toString("hex") + ">" : typeof r === "string" ? JSON.stringify(r) : r); }
  catch (e) { console.log(e.name, e.code, JSON.stringify(e.message)); }
}

const order = [];
crypto.randomBytes(8, (err, buf) => { order.push('rb ' + err + ' ' + buf.length); console.log(order.join(', ')); });
process.nextTick(() => order.push('tick'));
Promise.resolve().then(() => order.push('micro'));
order.push('sync');
show(() => crypto.randomBytes(8, 5));
