// renaming a directory over an empty directory replaces it
const fs = require('fs');
const fsp = fs.promises;
const d = fs.mkdtempSync('/tmp/nodeboa-fs-rename-over-empty-dir-');
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
fs.mkdirSync(d + '/a');
fs.writeFileSync(d + '/a/f', 'x');
fs.mkdirSync(d + '/b');
fs.renameSync(d + '/a', d + '/b');
console.log(fs.readdirSync(d), fs.readdirSync(d + '/b'));
cleanup();
