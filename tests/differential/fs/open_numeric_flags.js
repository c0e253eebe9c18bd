// openSync with numeric O_* flags
const fs = require('fs');
const fsp = fs.promises;
const d = fs.mkdtempSync('/tmp/nodeboa-fs-open-numeric-flags-');
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
const { O_CREAT, O_WRONLY, O_RDONLY, O_EXCL, O_TRUNC, O_RDWR, O_APPEND } = fs.constants;
let fd = fs.openSync(d + '/f', O_CREAT | O_WRONLY);
fs.writeSync(fd, 'hello'); fs.closeSync(fd);
show(() => fs.openSync(d + '/f', O_CREAT | O_EXCL | O_WRONLY));
fd = fs.openSync(d + '/f', O_RDWR | O_APPEND);
fs.writeSync(fd, '!'); fs.closeSync(fd);
console.log(fs.readFileSync(d + '/f', 'utf8'));
fd = fs.openSync(d + '/f', O_TRUNC | O_WRONLY); fs.closeSync(fd);
console.log(fs.statSync(d + '/f').size);
show(() => fs.openSync(d + '/nope', O_RDONLY));
cleanup();
