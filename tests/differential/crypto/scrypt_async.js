// crypto differential: scrypt callback forms with and without options, ordering
const crypto = require('crypto');
function show(f) {
  try { const r = f(); console.log(Buffer.isBuffer(r) ? "<buf " + r.toString("hex") + ">" : typeof r === "string" ? JSON.stringify(r) : r); }
  catch (e) { console.log(e.name, e.code, JSON.stringify(e.message)); }
}

const order = [];
crypto.scrypt('pw', 'salt', 8, { N: 16 }, (err, key) => (order.push('a ' + err + ' ' + key.toString('hex')), done()));
crypto.scrypt('pw', 'salt', 8, (err, key) => (order.push('b ' + err + ' ' + key.toString('hex')), done()));
setImmediate(() => order.push('immediate'));
order.push('sync');
const done = () => { if (order.filter((x) => x !== 'immediate').length === 3) console.log(order.filter((x) => x !== 'immediate').sort().join('\n')); };
