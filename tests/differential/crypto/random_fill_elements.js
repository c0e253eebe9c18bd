// crypto differential: randomFillSync offset/size count elements of wide typed arrays
const crypto = require('crypto');
function show(f) {
  try { const r = f(); console.log(Buffer.isBuffer(r) ? "<buf " + r.toString("hex") + ">" : typeof r === "string" ? JSON.stringify(r) : r); }
  catch (e) { console.log(e.name, e.code, JSON.stringify(e.message)); }
}

const a = new Uint32Array(8);
crypto.randomFillSync(a, 2, 2);
show(() => [a[0], a[1], a[4], a[5], a[6], a[7]].join());
const f = new Float64Array(4);
crypto.randomFillSync(f, 3);
show(() => [f[0], f[1], f[2]].join());
show(() => crypto.randomFillSync(new Uint16Array(4), 3, 2));
show(() => crypto.randomFillSync(new Uint16Array(4), 5));
const ab = new ArrayBuffer(8);
crypto.randomFillSync(ab, 4);
show(() => new Uint8Array(ab).subarray(0, 4).join());
