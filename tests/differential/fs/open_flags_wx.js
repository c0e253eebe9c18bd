// openSync wx and ax fail with EEXIST when the file exists
const fs = require('fs');
const fsp = fs.promises;
const d = fs.mkdtempSync('/tmp/nodeboa-fs-open-flags-wx-');
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
fs.closeSync(fs.openSync(d + '/f', 'wx'));
show(() => fs.openSync(d + '/f', 'wx'));
show(() => fs.openSync(d + '/f', 'ax'));
show(() => fs.openSync(d + '/f', 'wx+'));
fs.closeSync(fs.openSync(d + '/g', 'ax'));
console.log(fs.readdirSync(d));
cleanup();
