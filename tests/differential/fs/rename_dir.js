// renameSync moves a directory with its contents
const fs = require('fs');
const fsp = fs.promises;
const d = fs.mkdtempSync('/tmp/nodeboa-fs-rename-dir-');
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
fs.writeFileSync(d + '/a/b/f', 'x');
fs.mkdirSync(d + '/empty');
fs.renameSync(d + '/a', d + '/empty');
console.log(fs.readdirSync(d), fs.readdirSync(d + '/empty/b'));
fs.renameSync(d + '/empty', d + '/z');
console.log(fs.readdirSync(d, { recursive: true }));
cleanup();
