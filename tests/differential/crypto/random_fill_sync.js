// crypto differential: randomFillSync offsets/sizes over typed arrays and errors
const crypto = require('crypto');
function show(f) {
  try { const r = f(); console.log(Buffer.isBuffer(r) ? "<buf " + r.toString("hex") + ">" : typeof r === "string" ? JSON.stringify(r) : r); }
  catch (e) { console.log(e.name, e.code, JSON.stringify(e.message)); }
}

const show2 = (f) => show(() => { const r = f(); return r.constructor.name + ' ' + r.byteLength; });
show2(() => crypto.randomFillSync(Buffer.alloc(8)));
show2(() => crypto.randomFillSync(new Uint32Array(4)));
show2(() => crypto.randomFillSync(new ArrayBuffer(5)));
show2(() => crypto.randomFillSync(new DataView(new ArrayBuffer(6))));
show(() => { const b = Buffer.alloc(8); crypto.randomFillSync(b, 8); return b.toString('hex'); });
show(() => { const b = Buffer.alloc(8); crypto.randomFillSync(b, 2, 0); return b.toString('hex'); });
show(() => { const b = Buffer.alloc(64); crypto.randomFillSync(b, 0, 4); return b.subarray(4).every((x) => x === 0); });
show(() => { const b = Buffer.alloc(64); crypto.randomFillSync(b, 60); return b.subarray(0, 60).every((x) => x === 0); });
show(() => crypto.randomFillSync(new Uint8Array(4), 5));
show(() => crypto.randomFillSync(new Uint8Array(4), 1, 4));
show(() => crypto.randomFillSync(new Uint8Array(4), -1));
show(() => crypto.randomFillSync(new Uint8Array(4), 'a'));
show(() => crypto.randomFillSync('x'));
show(() => crypto.randomFillSync([1, 2]));
show(() => crypto.randomFillSync(new Uint32Array(4), 2, 3));
