// rmSync recursive removes a tree
const fs = require('fs');
const fsp = fs.promises;
const d = fs.mkdtempSync('/tmp/nodeboa-fs-rm-recursive-');
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
fs.mkdirSync(d + '/a/b/c', { recursive: true });
fs.writeFileSync(d + '/a/b/c/f', 'x');
fs.writeFileSync(d + '/a/g', 'x');
fs.symlinkSync('../../', d + '/a/b/up');
fs.rmSync(d + '/a', { recursive: true });
console.log(fs.readdirSync(d));
fs.writeFileSync(d + '/f', '');
fs.rmSync(d + '/f');
console.log(fs.readdirSync(d));
cleanup();
