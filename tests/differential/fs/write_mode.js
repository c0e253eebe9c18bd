// writeFileSync mode is masked by the umask
const fs = require('fs');
const fsp = fs.promises;
const d = fs.mkdtempSync('/tmp/nodeboa-fs-write-mode-');
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
fs.writeFileSync(d + '/a', 'x', { mode: 0o600 });
fs.writeFileSync(d + '/b', 'x', { mode: 0o777 });
fs.writeFileSync(d + '/c', 'x');
for (const n of ['a', 'b', 'c']) console.log(n, (fs.statSync(d + '/' + n).mode & 0o777).toString(8));
cleanup();
