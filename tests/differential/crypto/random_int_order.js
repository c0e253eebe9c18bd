// crypto differential: randomInt callbacks run after sync code, ticks and promise jobs
const crypto = require('crypto');
function show(f) {
  try { const r = f(); console.log(Buffer.isBuffer(r) ? "<buf " + r.toString("hex") + ">" : typeof r === "string" ? JSON.stringify(r) : r); }
  catch (e) { console.log(e.name, e.code, JSON.stringify(e.message)); }
}

const order = [];
crypto.randomInt(10, (err, n) => {
  order.push('int ' + err + ' ' + (n >= 0 && n < 10));
  console.log(order.join(', '));
});
process.nextTick(() => order.push('tick'));
queueMicrotask(() => order.push('micro'));
order.push('sync');
show(() => crypto.randomInt(1, 2, undefined));
show(() => crypto.randomInt(-(2 ** 53), 0));
show(() => crypto.randomInt(-3, -2));
