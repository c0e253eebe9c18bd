// O_APPEND writes go to the end even with a position
const fs = require('fs');
const fsp = fs.promises;
const d = fs.mkdtempSync('/tmp/nodeboa-fs-open-flags-append-');
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
const fd = fs.openSync(d + '/f', 'a');
fs.writeSync(fd, 'd');
fs.writeSync(fd, 'e', 0);
fs.closeSync(fd);
console.log(fs.readFileSync(d + '/f', 'utf8'));
const fd2 = fs.openSync(d + '/f', 'a+');
const b = new Uint8Array(5);
console.log(fs.readSync(fd2, b, 0, 5, 0), String.fromCharCode(...b));
fs.writeSync(fd2, 'Z');
fs.closeSync(fd2);
console.log(fs.readFileSync(d + '/f', 'utf8'));
cleanup();
