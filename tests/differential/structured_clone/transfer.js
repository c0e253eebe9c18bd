// structuredClone with { transfer } moves ArrayBuffers: the source is detached.
const buf = new ArrayBuffer(4);
new Uint8Array(buf).set([1, 2, 3, 4]);
const view = new Uint8Array(buf, 1, 2);
const out = structuredClone({ buf, view }, { transfer: [buf] });
console.log(buf.byteLength, out.buf.byteLength, out.view, out.view.buffer === out.buf);
const other = new ArrayBuffer(3);
structuredClone(1, { transfer: [other] });
console.log(other.byteLength);
