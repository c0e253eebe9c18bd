// openSync r+ writes in place without truncating
const fs = require('fs');
const fsp = fs.promises;
const d = fs.mkdtempSync('/tmp/nodeboa-fs-open-flags-rplus-');
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
fs.writeFileSync(d + '/f', 'abcdef');
show(() => fs.openSync(d + '/g', 'r+'));
const fd = fs.openSync(d + '/f', 'r+');
fs.writeSync(fd, 'XY');
const b = new Uint8Array(2);
fs.readSync(fd, b, 0, 2, null);
console.log(String.fromCharCode(...b));
fs.closeSync(fd);
console.log(fs.readFileSync(d + '/f', 'utf8'));
cleanup();
