// symlink loops give ELOOP
const fs = require('fs');
const fsp = fs.promises;
const d = fs.mkdtempSync('/tmp/nodeboa-fs-symlink-loop-');
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
fs.symlinkSync('b', d + '/a');
fs.symlinkSync('a', d + '/b');
fs.symlinkSync('self', d + '/self');
show(() => fs.statSync(d + '/a'));
show(() => fs.readFileSync(d + '/self'));
show(() => fs.realpathSync(d + '/a'));
show(() => fs.writeFileSync(d + '/a', 'x'));
console.log(fs.lstatSync(d + '/a').isSymbolicLink());
cleanup();
