// structuredClone copies typed arrays, ArrayBuffers and DataViews, sharing buffers as in the source.
const buf = new ArrayBuffer(8);
const u8 = new Uint8Array(buf);
u8.set([1, 2, 3, 4, 5, 6, 7, 8]);
const i16 = new Int16Array(buf, 2, 2);
const c = structuredClone({ buf, u8, i16 });
console.log(c.u8, c.i16, c.u8.buffer === c.buf, c.i16.buffer === c.buf, c.buf !== buf);
console.log(c.i16.byteOffset, c.i16.length);
u8[0] = 99;
console.log(c.u8[0]);
const dv = new DataView(buf, 1, 4);
const cdv = structuredClone(dv);
console.log(cdv instanceof DataView, cdv.byteOffset, cdv.byteLength, cdv.getUint8(0));
for (const T of [Float32Array, Float64Array, Uint16Array, Int32Array, BigInt64Array, Uint8ClampedArray]) {
  const arr = T === BigInt64Array ? new T([1n, -2n]) : new T([1, 2]);
  const cl = structuredClone(arr);
  console.log(cl.constructor.name, cl.length, cl[1]);
}
