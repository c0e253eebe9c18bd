// readdir reflects creations, renames and removals
const fs = require('fs');
const fsp = fs.promises;
const d = fs.mkdtempSync('/tmp/nodeboa-fs-readdir-after-changes-');
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
fs.writeFileSync(d + '/a', '');
fs.writeFileSync(d + '/b', '');
console.log(fs.readdirSync(d));
fs.renameSync(d + '/a', d + '/c');
fs.unlinkSync(d + '/b');
fs.mkdirSync(d + '/a');
console.log(fs.readdirSync(d));
cleanup();
