// rmdirSync with recursive removes a tree
const fs = require('fs');
const fsp = fs.promises;
const d = fs.mkdtempSync('/tmp/nodeboa-fs-rmdir-recursive-option-');
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
fs.rmdirSync(d + '/a', { recursive: true });
console.log(fs.readdirSync(d));
cleanup();
