// mkdirSync with bad options
const fs = require('fs');
const fsp = fs.promises;
const d = fs.mkdtempSync('/tmp/nodeboa-fs-mkdir-bad-options-');
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
show(() => fs.mkdirSync(d + '/a', { recursive: 'yes' }));
show(() => fs.mkdirSync(d + '/a', 'zz'));
show(() => fs.mkdirSync(d + '/a', { mode: -1 }));
console.log(fs.existsSync(d + '/a'));
cleanup();
