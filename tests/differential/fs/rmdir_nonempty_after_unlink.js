// rmdir succeeds once the last entry is gone
const fs = require('fs');
const fsp = fs.promises;
const d = fs.mkdtempSync('/tmp/nodeboa-fs-rmdir-nonempty-after-unlink-');
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
fs.mkdirSync(d + '/x');
fs.writeFileSync(d + '/x/f', '');
show(() => fs.rmdirSync(d + '/x'));
fs.unlinkSync(d + '/x/f');
show(() => fs.rmdirSync(d + '/x'));
show(() => fs.rmdirSync(d + '/x'));
cleanup();
