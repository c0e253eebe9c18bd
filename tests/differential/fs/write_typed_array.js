// writeFileSync accepts a Uint8Array and a DataView
const fs = require('fs');
const fsp = fs.promises;
const d = fs.mkdtempSync('/tmp/nodeboa-fs-write-typed-array-');
const r = (s) => String(s).split(d).join('<tmp>');
const show = (f) => {
  try {
    const v = f();
    console.log('ok', v === undefined ? '' : r(typeof v === 'string' ? v : JSON.stringify(v)));
  } catch (e) {
    console.log(e.code, e.syscall, e.errno, r(e.message));
  }
};
const cleanup = () => fs.rmSync(d, { recursive: true, force: true });
fs.writeFileSync(d + '/a', new Uint8Array([104, 105]));
console.log(fs.readFileSync(d + '/a', 'utf8'));
const ab = new ArrayBuffer(4); const dv = new DataView(ab); dv.setUint8(0, 65); dv.setUint8(1, 66); dv.setUint8(2, 67); dv.setUint8(3, 68);
fs.writeFileSync(d + '/b', new DataView(ab, 1, 2));
console.log(fs.readFileSync(d + '/b', 'utf8'));
fs.writeFileSync(d + '/c', new Uint16Array([0x4241]));
console.log(fs.readFileSync(d + '/c', 'utf8'));
cleanup();
