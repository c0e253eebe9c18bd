// fstatSync reports size and type of an open file
const fs = require('fs');
const fsp = fs.promises;
const d = fs.mkdtempSync('/tmp/nodeboa-fs-fstat-sync-');
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
const fd = fs.openSync(d + '/f', 'w+');
fs.writeSync(fd, 'hello');
const s = fs.fstatSync(fd);
console.log(s.size, s.isFile(), s.isDirectory(), s.nlink);
const big = fs.fstatSync(fd, { bigint: true });
console.log(typeof big.size, big.size);
fs.closeSync(fd);
cleanup();
