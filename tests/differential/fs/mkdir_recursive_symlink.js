// mkdirSync recursive through a symlinked directory
const fs = require('fs');
const fsp = fs.promises;
const d = fs.mkdtempSync('/tmp/nodeboa-fs-mkdir-recursive-symlink-');
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
fs.mkdirSync(d + '/real');
fs.symlinkSync('real', d + '/l');
console.log(r(fs.mkdirSync(d + '/l/a/b', { recursive: true })));
console.log(fs.readdirSync(d + '/real', { recursive: true }));
cleanup();
