// fsyncSync and fdatasyncSync on an open descriptor
const fs = require('fs');
const fsp = fs.promises;
const d = fs.mkdtempSync('/tmp/nodeboa-fs-fsync-sync-');
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
const fd = fs.openSync(d + '/f', 'w');
show(() => fs.fsyncSync(fd));
show(() => fs.fdatasyncSync(fd));
fs.closeSync(fd);
cleanup();
