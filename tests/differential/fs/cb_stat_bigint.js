// fs.stat and fs.lstat and fs.fstat with options
const fs = require('fs');
const fsp = fs.promises;
const d = fs.mkdtempSync('/tmp/nodeboa-fs-cb-stat-bigint-');
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
fs.writeFileSync(d + '/f', 'abc');
fs.stat(d + '/f', { bigint: true }, (err, s) => {
  console.log(err, s.size, s.isFile());
  fs.lstat(d + '/f', (err2, s2) => {
    console.log(err2, s2.size);
    const fd = fs.openSync(d + '/f', 'r');
    fs.fstat(fd, (err3, s3) => { console.log(err3, s3.size); fs.closeSync(fd); cleanup(); });
  });
});
