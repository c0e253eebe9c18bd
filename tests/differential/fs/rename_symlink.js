// renameSync renames a symlink itself
const fs = require('fs');
const fsp = fs.promises;
const d = fs.mkdtempSync('/tmp/nodeboa-fs-rename-symlink-');
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
fs.writeFileSync(d + '/f', 'x');
fs.symlinkSync('f', d + '/l');
fs.renameSync(d + '/l', d + '/m');
console.log(fs.readdirSync(d), fs.readlinkSync(d + '/m'), fs.readFileSync(d + '/m', 'utf8'));
cleanup();
