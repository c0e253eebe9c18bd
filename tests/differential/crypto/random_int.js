// crypto differential: randomInt argument forms, ranges and errors
const crypto = require('crypto');
function show(f) {
  try { const r = f(); console.log(Buffer.isBuffer(r) ? "<buf " + r.toString("hex") + ">" : typeof r === "string" ? JSON.stringify(r) : r); }
  catch (e) { console.log(e.name, e.code, JSON.stringify(e.message)); }
}

show(() => { for (let i = 0; i < 200; i++) { const n = crypto.randomInt(10); if (n < 0 || n >= 10 || !Number.isInteger(n)) return false; } return true; });
show(() => { for (let i = 0; i < 200; i++) { const n = crypto.randomInt(-5, 5); if (n < -5 || n >= 5) return false; } return true; });
show(() => crypto.randomInt(1));
show(() => crypto.randomInt(7, 8));
show(() => { const seen = new Set(); for (let i = 0; i < 500; i++) seen.add(crypto.randomInt(3)); return [...seen].sort().join(); });
show(() => crypto.randomInt(0));
show(() => crypto.randomInt(1.5));
show(() => crypto.randomInt(0, 2 ** 48 + 1));
show(() => crypto.randomInt(0, 2 ** 48 - 1) >= 0);
show(() => crypto.randomInt(5, 1));
show(() => crypto.randomInt(5, 1, 3));
show(() => crypto.randomInt('1'));
show(() => crypto.randomInt(1, '5'));
show(() => crypto.randomInt(2 ** 53));
show(() => crypto.randomInt());
// The second call starts from the first's callback: two concurrent pool jobs may complete in
// either order.
crypto.randomInt(3, (err, n) => {
  console.log('cb1', err, n >= 0 && n < 3);
  crypto.randomInt(3, 4, (err2, n2) => console.log('cb2', err2, n2));
});
console.log('sync done');
