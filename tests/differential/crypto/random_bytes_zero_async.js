// crypto differential: zero-length async random fills still call back. The three jobs run
// concurrently on the pool, which completes them in any order (in node too): print them sorted.
const crypto = require('crypto');
function show(f) {
  try { const r = f(); console.log(Buffer.isBuffer(r) ? "<buf " + r.toString("hex") + ">" : typeof r === "string" ? JSON.stringify(r) : r); }
  catch (e) { console.log(e.name, e.code, JSON.stringify(e.message)); }
}

const lines = [];
process.on('exit', () => console.log(lines.sort().join('\n')));
crypto.randomBytes(0, (err, buf) => lines.push(`bytes ${err} ${buf.length}`));
crypto.randomFill(new Uint8Array(0), (err, buf) => lines.push(`fill ${err} ${buf.length}`));
crypto.randomFill(new Uint8Array(4), 4, (err, buf) => lines.push(`fill at end ${err} ${buf.join()}`));
