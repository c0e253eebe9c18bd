// writevSync and readvSync over several buffers
const fs = require('fs');
const fsp = fs.promises;
const d = fs.mkdtempSync('/tmp/nodeboa-fs-readv-writev-');
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
const fd = fs.openSync(d + '/f', 'w+');
console.log(fs.writevSync(fd, [new Uint8Array([65, 66]), new Uint8Array([67])]));
const a = new Uint8Array(1), b = new Uint8Array(4);
console.log(fs.readvSync(fd, [a, b], 0), a[0], Array.from(b).join(','));
fs.closeSync(fd);
cleanup();
