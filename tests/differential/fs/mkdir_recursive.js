// mkdirSync recursive returns the first directory created
const fs = require('fs');
const fsp = fs.promises;
const d = fs.mkdtempSync('/tmp/nodeboa-fs-mkdir-recursive-');
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
console.log(r(fs.mkdirSync(d + '/a/b/c', { recursive: true })));
console.log(fs.mkdirSync(d + '/a/b/c', { recursive: true }));
console.log(r(fs.mkdirSync(d + '/a/b/c/d', { recursive: true })));
console.log(fs.mkdirSync(d, { recursive: true }));
fs.writeFileSync(d + '/f', '');
show(() => fs.mkdirSync(d + '/f/x/y', { recursive: true }));
show(() => fs.mkdirSync(d + '/f', { recursive: true }));
cleanup();
