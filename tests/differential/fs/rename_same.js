// renameSync onto itself or a hard link of itself does nothing
const fs = require('fs');
const fsp = fs.promises;
const d = fs.mkdtempSync('/tmp/nodeboa-fs-rename-same-');
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
fs.renameSync(d + '/a', d + '/a');
fs.linkSync(d + '/a', d + '/b');
fs.renameSync(d + '/a', d + '/b');
console.log(fs.readdirSync(d));
cleanup();
