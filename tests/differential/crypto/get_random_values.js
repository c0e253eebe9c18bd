// crypto differential: getRandomValues on integer arrays, rejects floats and >64KiB
const crypto = require('crypto');
function show(f) {
  try { const r = f(); console.log(Buffer.isBuffer(r) ? "<buf " + r.toString("hex") + ">" : typeof r === "string" ? JSON.stringify(r) : r); }
  catch (e) { console.log(e.name, e.code, JSON.stringify(e.message)); }
}

for (const T of [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array, BigInt64Array, BigUint64Array]) {
  show(() => { const a = new T(4); const r = crypto.getRandomValues(a); return (r === a) + ' ' + T.name; });
}
show(() => crypto.getRandomValues(new Float32Array(2)));
show(() => crypto.getRandomValues(new Float64Array(2)));
show(() => crypto.getRandomValues(new Uint8Array(65537)));
show(() => crypto.getRandomValues(new Uint8Array(65536)).length);
show(() => crypto.getRandomValues(new DataView(new ArrayBuffer(2))));
show(() => crypto.getRandomValues([1]));
show(() => globalThis.crypto.getRandomValues(new Uint8Array(3)).length);
