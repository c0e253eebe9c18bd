// writing through a symlinked directory
const fs = require('fs');
const fsp = fs.promises;
const d = fs.mkdtempSync('/tmp/nodeboa-fs-symlink-to-dir-write-');
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
fs.symlinkSync(d + '/real', d + '/link');
fs.writeFileSync(d + '/link/f', 'via link');
console.log(fs.readdirSync(d + '/real'), fs.readFileSync(d + '/real/f', 'utf8'));
fs.mkdirSync(d + '/link/sub');
console.log(fs.statSync(d + '/real/sub').isDirectory());
cleanup();
