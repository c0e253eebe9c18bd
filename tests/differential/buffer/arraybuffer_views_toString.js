// buffers over part of an ArrayBuffer decode only their window
function t(label, f) {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}
const ab = new ArrayBuffer(10);
const all = new Uint8Array(ab);
all.set(Buffer.from('0123456789'));
const b = Buffer.from(ab, 3, 4);
console.log(b.toString(), b.toString('hex'), b.toString('base64'), b.indexOf('5'), b.lastIndexOf('3'), b.includes('7'));
b.fill('x', 1, 3);
console.log(Buffer.from(ab).toString());
console.log(b.readUInt16BE(0), b.equals(Buffer.from('3xx6')), Buffer.compare(b, Buffer.from('3xx6')));
const c = b.subarray(1);
c.write('YZ');
console.log(Buffer.from(ab).toString(), c.byteOffset);
