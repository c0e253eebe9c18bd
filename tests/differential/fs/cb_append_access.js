// fs.appendFile and fs.access with callbacks
const fs = require('fs');
const fsp = fs.promises;
const d = fs.mkdtempSync('/tmp/nodeboa-fs-cb-append-access-');
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
fs.appendFile(d + '/f', 'a', (err) => {
  fs.appendFile(d + '/f', 'b', (err2) => {
    console.log(err, err2, fs.readFileSync(d + '/f', 'utf8'));
    fs.access(d + '/nope', (err3) => { console.log(err3.code, err3.syscall); cleanup(); });
  });
});
