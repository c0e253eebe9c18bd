// crypto differential: randomFill callback forms and ordering against setImmediate
const crypto = require('crypto');
function show(f) {
  try { const r = f(); console.log(Buffer.isBuffer(r) ? "<buf " + r.toString("hex") + ">" : typeof r === "string" ? JSON.stringify(r) : r); }
  catch (e) { console.log(e.name, e.code, JSON.stringify(e.message)); }
}

const order = [];
const b = Buffer.alloc(16);
crypto.randomFill(b, (err, buf) => (order.push('a ' + err + ' ' + (buf === b)), done()));
crypto.randomFill(Buffer.alloc(16), 8, (err, buf) => (order.push('b ' + buf.subarray(0, 8).every((x) => x === 0)), done()));
crypto.randomFill(Buffer.alloc(16), 4, 4, (err, buf) => (order.push('c ' + buf.subarray(8).every((x) => x === 0)), done()));
const done = () => { if (order.length === 3) console.log(order.sort().join(', ')); };
show(() => crypto.randomFill(b));
show(() => crypto.randomFill(b, 1, 2));
show(() => crypto.randomFill('x', () => {}));
show(() => crypto.randomFill(b, 20, () => {}));
