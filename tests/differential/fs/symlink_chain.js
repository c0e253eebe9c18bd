// a chain of 30 symlinks resolves
const fs = require('fs');
const fsp = fs.promises;
const d = fs.mkdtempSync('/tmp/nodeboa-fs-symlink-chain-');
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
fs.writeFileSync(d + '/f0', 'end');
for (let i = 1; i <= 30; i++) fs.symlinkSync('f' + (i - 1), d + '/f' + i);
console.log(fs.readFileSync(d + '/f30', 'utf8'), r(fs.realpathSync(d + '/f30')));
cleanup();
