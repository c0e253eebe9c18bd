// fs.mkdir recursive returns the first created directory
const fs = require('fs');
const fsp = fs.promises;
const d = fs.mkdtempSync('/tmp/nodeboa-fs-cb-rmdir-mkdir-recursive-');
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
fs.mkdir(d + '/a/b', { recursive: true }, (err, first) => {
  console.log(err, r(first));
  fs.rmdir(d + '/a', (err2) => {
    console.log(err2.code, err2.syscall);
    fs.rmdir(d + '/a/b', (err3) => { console.log(err3, fs.readdirSync(d)); cleanup(); });
  });
});
