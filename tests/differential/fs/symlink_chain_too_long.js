// a chain of 41 symlinks gives ELOOP
const fs = require('fs');
const fsp = fs.promises;
const d = fs.mkdtempSync('/tmp/nodeboa-fs-symlink-chain-too-long-');
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
for (let i = 1; i <= 41; i++) fs.symlinkSync('f' + (i - 1), d + '/f' + i);
show(() => fs.readFileSync(d + '/f40', 'utf8'));
show(() => fs.readFileSync(d + '/f41', 'utf8'));
cleanup();
