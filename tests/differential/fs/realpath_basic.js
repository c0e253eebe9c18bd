// realpathSync resolves links, dots and relative parts
const fs = require('fs');
const fsp = fs.promises;
const d = fs.mkdtempSync('/tmp/nodeboa-fs-realpath-basic-');
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
fs.writeFileSync(d + '/a/b/f', '');
fs.symlinkSync('a/b', d + '/lb');
console.log(r(fs.realpathSync(d + '/lb/f')));
console.log(r(fs.realpathSync(d + '/a/./b/../b/f')));
console.log(r(fs.realpathSync(d + '/lb')));
console.log(r(fs.realpathSync.native(d + '/lb/f')));
cleanup();
