// symlinkSync and readlinkSync
const fs = require('fs');
const fsp = fs.promises;
const d = fs.mkdtempSync('/tmp/nodeboa-fs-symlink-basic-');
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
fs.writeFileSync(d + '/target', 'T');
fs.symlinkSync('target', d + '/rel');
fs.symlinkSync(d + '/target', d + '/abs');
console.log(fs.readlinkSync(d + '/rel'), r(fs.readlinkSync(d + '/abs')));
console.log(fs.readFileSync(d + '/rel', 'utf8'), fs.readFileSync(d + '/abs', 'utf8'));
show(() => fs.symlinkSync('x', d + '/rel'));
show(() => fs.readlinkSync(d + '/target'));
show(() => fs.readlinkSync(d + '/nope'));
cleanup();
