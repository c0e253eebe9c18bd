// readSync with null position advances, with a number does not
const fs = require('fs');
const fsp = fs.promises;
const d = fs.mkdtempSync('/tmp/nodeboa-fs-read-positions-');
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
fs.writeFileSync(d + '/f', '0123456789');
const fd = fs.openSync(d + '/f', 'r');
const b = new Uint8Array(3);
const rd = (pos) => { const n = fs.readSync(fd, b, 0, 3, pos); return n + ':' + String.fromCharCode(...b.subarray(0, n)); };
console.log(rd(null), rd(null), rd(0), rd(null), rd(8), rd(null), rd(100));
fs.closeSync(fd);
cleanup();
