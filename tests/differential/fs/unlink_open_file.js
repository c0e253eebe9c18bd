// an unlinked file stays readable through an open descriptor
const fs = require('fs');
const fsp = fs.promises;
const d = fs.mkdtempSync('/tmp/nodeboa-fs-unlink-open-file-');
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
fs.writeFileSync(d + '/f', 'still here');
const fd = fs.openSync(d + '/f', 'r');
fs.unlinkSync(d + '/f');
console.log(fs.existsSync(d + '/f'), fs.fstatSync(fd).nlink);
const b = new Uint8Array(10);
console.log(fs.readSync(fd, b, 0, 10, 0), String.fromCharCode(...b));
fs.closeSync(fd);
cleanup();
