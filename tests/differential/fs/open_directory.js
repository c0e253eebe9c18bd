// opening a directory: read-only works, writing is EISDIR
const fs = require('fs');
const fsp = fs.promises;
const d = fs.mkdtempSync('/tmp/nodeboa-fs-open-directory-');
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
const fd = fs.openSync(d, 'r');
console.log(fs.fstatSync(fd).isDirectory());
show(() => fs.readSync(fd, new Uint8Array(4), 0, 4, null));
fs.closeSync(fd);
show(() => fs.openSync(d, 'w'));
show(() => fs.openSync(d, 'r+'));
show(() => fs.openSync(d, 'a'));
cleanup();
