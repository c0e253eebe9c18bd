// realpathSync names lstat, realpathSync.native names realpath
const fs = require('fs');
const fsp = fs.promises;
const d = fs.mkdtempSync('/tmp/nodeboa-fs-realpath-errors-');
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
show(() => fs.realpathSync(d + '/nope'));
show(() => fs.realpathSync(d + '/nope/a/b'));
show(() => fs.realpathSync.native(d + '/nope/a/b'));
show(() => fs.realpathSync.native(d + '/f/x'));
cleanup();
