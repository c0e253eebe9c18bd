// mkdirSync on . and .. components
const fs = require('fs');
const fsp = fs.promises;
const d = fs.mkdtempSync('/tmp/nodeboa-fs-mkdir-dot-');
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
fs.mkdirSync(d + '/a');
show(() => fs.mkdirSync(d + '/a/.'));
show(() => fs.mkdirSync(d + '/a/..'));
fs.mkdirSync(d + '/a/../b');
console.log(fs.readdirSync(d));
cleanup();
