// mkdirSync mode is masked by the umask
const fs = require('fs');
const fsp = fs.promises;
const d = fs.mkdtempSync('/tmp/nodeboa-fs-mkdir-mode-');
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
fs.mkdirSync(d + '/a', 0o700);
fs.mkdirSync(d + '/b', { mode: 0o777 });
fs.mkdirSync(d + '/c');
fs.mkdirSync(d + '/e/f', { recursive: true, mode: 0o750 });
for (const n of ['a', 'b', 'c', 'e', 'e/f']) console.log(n, (fs.statSync(d + '/' + n).mode & 0o777).toString(8));
cleanup();
