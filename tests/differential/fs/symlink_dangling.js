// a dangling symlink: lstat works, stat fails
const fs = require('fs');
const fsp = fs.promises;
const d = fs.mkdtempSync('/tmp/nodeboa-fs-symlink-dangling-');
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
fs.symlinkSync('missing', d + '/l');
console.log(fs.lstatSync(d + '/l').isSymbolicLink());
show(() => fs.statSync(d + '/l'));
show(() => fs.readFileSync(d + '/l'));
fs.writeFileSync(d + '/l', 'through');
console.log(fs.readFileSync(d + '/missing', 'utf8'));
cleanup();
