// mkdirSync creates one directory; errors for existing and missing parents
const fs = require('fs');
const fsp = fs.promises;
const d = fs.mkdtempSync('/tmp/nodeboa-fs-mkdir-basic-');
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
console.log(fs.mkdirSync(d + '/a'));
show(() => fs.mkdirSync(d + '/a'));
show(() => fs.mkdirSync(d + '/x/y'));
fs.writeFileSync(d + '/f', '');
show(() => fs.mkdirSync(d + '/f'));
show(() => fs.mkdirSync(d + '/f/g'));
cleanup();
