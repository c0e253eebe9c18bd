// writeSync(fd, string[, position[, encoding]])
const fs = require('fs');
const fsp = fs.promises;
const d = fs.mkdtempSync('/tmp/nodeboa-fs-write-string-forms-');
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
console.log(fs.writeSync(fd, 'héllo'));
console.log(fs.writeSync(fd, 'XX', 0));
console.log(fs.writeSync(fd, '!', null, 'utf8'));
fs.closeSync(fd);
console.log(fs.readFileSync(d + '/f', 'utf8'));
cleanup();
