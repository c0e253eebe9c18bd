// readdirSync errors: ENOENT, ENOTDIR
const fs = require('fs');
const fsp = fs.promises;
const d = fs.mkdtempSync('/tmp/nodeboa-fs-readdir-errors-');
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
show(() => fs.readdirSync(d + '/nope'));
fs.writeFileSync(d + '/f', '');
show(() => fs.readdirSync(d + '/f'));
console.log(fs.readdirSync(d).length);
cleanup();
