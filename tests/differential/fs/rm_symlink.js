// rmSync on a symlink removes the link, not the target
const fs = require('fs');
const fsp = fs.promises;
const d = fs.mkdtempSync('/tmp/nodeboa-fs-rm-symlink-');
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
fs.mkdirSync(d + '/dir');
fs.writeFileSync(d + '/dir/f', 'x');
fs.symlinkSync('dir', d + '/l');
fs.rmSync(d + '/l');
console.log(fs.readdirSync(d), fs.readdirSync(d + '/dir'));
cleanup();
