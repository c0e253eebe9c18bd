// descriptor operations on a bad descriptor give EBADF
const fs = require('fs');
const fsp = fs.promises;
const d = fs.mkdtempSync('/tmp/nodeboa-fs-fd-ops-bad-');
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
show(() => fs.fstatSync(999));
show(() => fs.readSync(999, new Uint8Array(1), 0, 1, 0));
show(() => fs.writeSync(999, 'x'));
show(() => fs.ftruncateSync(999));
show(() => fs.fsyncSync(999));
show(() => fs.fdatasyncSync(999));
show(() => fs.fchmodSync(999, 0o644));
show(() => fs.futimesSync(999, 1, 1));
cleanup();
