// fs.realpath and fs.realpath.native with callbacks
const fs = require('fs');
const fsp = fs.promises;
const d = fs.mkdtempSync('/tmp/nodeboa-fs-realpath-cb-');
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
fs.symlinkSync('a', d + '/l');
fs.realpath(d + '/l', (err, p) => {
  console.log(err, r(p));
  fs.realpath.native(d + '/l', (err2, p2) => { console.log(err2, r(p2)); cleanup(); });
});
