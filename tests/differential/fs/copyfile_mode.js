// copyFileSync keeps the mode of the source
const fs = require('fs');
const fsp = fs.promises;
const d = fs.mkdtempSync('/tmp/nodeboa-fs-copyfile-mode-');
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
fs.writeFileSync(d + '/a', 'x');
fs.chmodSync(d + '/a', 0o640);
fs.copyFileSync(d + '/a', d + '/b');
console.log((fs.statSync(d + '/b').mode & 0o777).toString(8));
cleanup();
