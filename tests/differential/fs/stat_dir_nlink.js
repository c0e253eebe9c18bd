// the nlink of a directory counts its subdirectories
const fs = require('fs');
const fsp = fs.promises;
const d = fs.mkdtempSync('/tmp/nodeboa-fs-stat-dir-nlink-');
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
console.log(fs.statSync(d + '/a').nlink);
fs.mkdirSync(d + '/a/b');
fs.mkdirSync(d + '/a/c');
fs.writeFileSync(d + '/a/f', '');
console.log(fs.statSync(d + '/a').nlink);
fs.rmdirSync(d + '/a/b');
console.log(fs.statSync(d + '/a').nlink);
cleanup();
