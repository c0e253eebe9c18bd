// inode numbers differ between files and stay after rename
const fs = require('fs');
const fsp = fs.promises;
const d = fs.mkdtempSync('/tmp/nodeboa-fs-ino-unique-');
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
const ia = fs.statSync(d + '/a').ino, ib = fs.statSync(d + '/b').ino;
fs.renameSync(d + '/a', d + '/c');
console.log(ia !== ib, fs.statSync(d + '/c').ino === ia);
cleanup();
