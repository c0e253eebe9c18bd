// unlinkSync removes a dangling symlink
const fs = require('fs');
const fsp = fs.promises;
const d = fs.mkdtempSync('/tmp/nodeboa-fs-unlink-dangling-');
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
fs.symlinkSync('nowhere', d + '/l');
console.log(fs.existsSync(d + '/l'), fs.lstatSync(d + '/l').isSymbolicLink());
fs.unlinkSync(d + '/l');
console.log(fs.readdirSync(d));
cleanup();
