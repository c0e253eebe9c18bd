// readdirSync recursive lists the whole tree
const fs = require('fs');
const fsp = fs.promises;
const d = fs.mkdtempSync('/tmp/nodeboa-fs-readdir-recursive-');
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
fs.writeFileSync(d + '/a/f1', '');
fs.writeFileSync(d + '/a/b/f2', '');
fs.writeFileSync(d + '/z', '');
fs.mkdirSync(d + '/m');
console.log(fs.readdirSync(d, { recursive: true }));
console.log(fs.readdirSync(d, { recursive: true, withFileTypes: true }).map((e) => r(e.parentPath) + ':' + e.name));
cleanup();
