// fs.mkdtemp and fs.rm with callbacks
const fs = require('fs');
const fsp = fs.promises;
const d = fs.mkdtempSync('/tmp/nodeboa-fs-cb-mkdtemp-rm-');
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
fs.mkdtemp(d + '/t-', (err, p) => {
  console.log(err, r(p).length);
  fs.rm(p, { recursive: true }, (err2) => {
    console.log(err2, fs.existsSync(p));
    fs.rm(d + '/nope', (err3) => { console.log(err3.code, err3.syscall); cleanup(); });
  });
});
