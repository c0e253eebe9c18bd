// .. after a symlinked directory goes to the parent of the target
const fs = require('fs');
const fsp = fs.promises;
const d = fs.mkdtempSync('/tmp/nodeboa-fs-symlink-dir-dotdot-');
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
fs.mkdirSync(d + '/a/b', { recursive: true });
fs.writeFileSync(d + '/a/inA', '');
fs.symlinkSync('a/b', d + '/lb');
console.log(fs.readdirSync(d + '/lb/..'));
console.log(fs.existsSync(d + '/lb/../inA'));
cleanup();
