// openSync w+ reads back what it wrote
const fs = require('fs');
const fsp = fs.promises;
const d = fs.mkdtempSync('/tmp/nodeboa-fs-open-flags-wplus-');
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
fs.writeSync(fd, 'hello');
const b = new Uint8Array(5);
console.log(fs.readSync(fd, b, 0, 5, 0), String.fromCharCode(...b));
fs.closeSync(fd);
cleanup();
