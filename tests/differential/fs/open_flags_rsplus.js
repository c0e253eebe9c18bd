// openSync rs+ opens for synchronous reading and writing
const fs = require('fs');
const fsp = fs.promises;
const d = fs.mkdtempSync('/tmp/nodeboa-fs-open-flags-rsplus-');
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
fs.writeFileSync(d + '/f', 'abc');
const fd = fs.openSync(d + '/f', 'rs+');
fs.writeSync(fd, 'Z', 2);
fs.closeSync(fd);
console.log(fs.readFileSync(d + '/f', 'utf8'));
cleanup();
