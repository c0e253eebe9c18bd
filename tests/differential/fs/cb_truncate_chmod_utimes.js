// fs.truncate, fs.chmod, fs.utimes with callbacks
const fs = require('fs');
const fsp = fs.promises;
const d = fs.mkdtempSync('/tmp/nodeboa-fs-cb-truncate-chmod-utimes-');
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
fs.writeFileSync(d + '/f', 'abcdef');
fs.truncate(d + '/f', 2, (err) => {
  console.log(err, fs.readFileSync(d + '/f', 'utf8'));
  fs.chmod(d + '/f', 0o600, (err2) => {
    console.log(err2, (fs.statSync(d + '/f').mode & 0o777).toString(8));
    fs.utimes(d + '/f', 10, 20, (err3) => { console.log(err3, fs.statSync(d + '/f').mtimeMs); cleanup(); });
  });
});
