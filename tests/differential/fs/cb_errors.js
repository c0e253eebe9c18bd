// callback errors carry code, syscall and path
const fs = require('fs');
const fsp = fs.promises;
const d = fs.mkdtempSync('/tmp/nodeboa-fs-cb-errors-');
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
fs.readFile(d + '/nope', (err, data) => {
  console.log(err.code, err.syscall, err.errno, r(err.message), data);
  fs.stat(d + '/nope', (err2) => {
    console.log(err2.code, err2.syscall, r(err2.path));
    fs.mkdir(d, (err3) => { console.log(err3.code, r(err3.message)); cleanup(); });
  });
});
