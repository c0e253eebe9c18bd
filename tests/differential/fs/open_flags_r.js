// openSync r on a missing file fails, on a file reads
const fs = require('fs');
const fsp = fs.promises;
const d = fs.mkdtempSync('/tmp/nodeboa-fs-open-flags-r-');
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
show(() => fs.openSync(d + '/nope', 'r'));
fs.writeFileSync(d + '/f', 'data');
const fd = fs.openSync(d + '/f', 'r');
console.log(typeof fd);
show(() => fs.writeSync(fd, 'x'));
fs.closeSync(fd);
cleanup();
