// writeFileSync into a missing directory gives ENOENT open
const fs = require('fs');
const fsp = fs.promises;
const d = fs.mkdtempSync('/tmp/nodeboa-fs-write-missing-parent-');
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
show(() => fs.writeFileSync(d + '/no/a', 'x'));
fs.writeFileSync(d + '/f', 'x');
show(() => fs.writeFileSync(d + '/f/a', 'x'));
show(() => fs.writeFileSync(d, 'x'));
cleanup();
