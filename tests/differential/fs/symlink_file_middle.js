// a file in the middle of a path gives ENOTDIR
const fs = require('fs');
const fsp = fs.promises;
const d = fs.mkdtempSync('/tmp/nodeboa-fs-symlink-file-middle-');
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
fs.writeFileSync(d + '/f', '');
fs.symlinkSync('f', d + '/l');
show(() => fs.statSync(d + '/l/x'));
show(() => fs.readdirSync(d + '/l'));
cleanup();
