// openSync w truncates and creates
const fs = require('fs');
const fsp = fs.promises;
const d = fs.mkdtempSync('/tmp/nodeboa-fs-open-flags-w-');
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
fs.writeFileSync(d + '/f', 'data');
const fd = fs.openSync(d + '/f', 'w');
console.log(fs.fstatSync(fd).size);
fs.writeSync(fd, 'new');
const b = new Uint8Array(3);
show(() => fs.readSync(fd, b, 0, 3, 0));
fs.closeSync(fd);
console.log(fs.readFileSync(d + '/f', 'utf8'));
cleanup();
