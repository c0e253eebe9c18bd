// readSync into part of a buffer
const fs = require('fs');
const fsp = fs.promises;
const d = fs.mkdtempSync('/tmp/nodeboa-fs-read-offset-length-');
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
const fd = fs.openSync(d + '/f', 'r');
const b = new Uint8Array(6).fill(46);
console.log(fs.readSync(fd, b, 2, 3, 0), String.fromCharCode(...b));
console.log(fs.readSync(fd, b, { offset: 0, length: 2, position: 4 }), String.fromCharCode(...b));
show(() => fs.readSync(fd, b, 7, 1, 0));
show(() => fs.readSync(fd, b, 0, 7, 0));
show(() => fs.readSync(fd, 'str', 0, 1, 0));
console.log(fs.readSync(fd, b, 0, 0, 0));
fs.closeSync(fd);
cleanup();
