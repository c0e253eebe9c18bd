// lstatSync describes the link, statSync its target
const fs = require('fs');
const fsp = fs.promises;
const d = fs.mkdtempSync('/tmp/nodeboa-fs-lstat-symlink-');
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
fs.writeFileSync(d + '/f', 'abc');
fs.symlinkSync('f', d + '/l');
const l = fs.lstatSync(d + '/l'), s = fs.statSync(d + '/l');
console.log(l.isSymbolicLink(), l.isFile(), l.size, s.isSymbolicLink(), s.isFile(), s.size);
console.log((l.mode & 0o777).toString(8));
cleanup();
