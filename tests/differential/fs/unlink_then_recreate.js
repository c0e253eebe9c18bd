// a recreated file is a new inode with new content
const fs = require('fs');
const fsp = fs.promises;
const d = fs.mkdtempSync('/tmp/nodeboa-fs-unlink-then-recreate-');
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
fs.writeFileSync(d + '/f', 'first');
const i1 = fs.statSync(d + '/f').ino;
fs.unlinkSync(d + '/f');
fs.writeFileSync(d + '/f', 'second');
console.log(typeof i1, fs.readFileSync(d + '/f', 'utf8'));
cleanup();
