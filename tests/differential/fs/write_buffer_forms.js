// writeSync(fd, buffer, offset, length, position)
const fs = require('fs');
const fsp = fs.promises;
const d = fs.mkdtempSync('/tmp/nodeboa-fs-write-buffer-forms-');
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
const fd = fs.openSync(d + '/f', 'w');
const b = new Uint8Array([65, 66, 67, 68, 69]);
console.log(fs.writeSync(fd, b, 1, 3));
console.log(fs.writeSync(fd, b, 0, 1, 10));
console.log(fs.writeSync(fd, b));
show(() => fs.writeSync(fd, b, 6));
show(() => fs.writeSync(fd, b, 0, 6));
show(() => fs.writeSync(fd, 42));
fs.closeSync(fd);
console.log(JSON.stringify(fs.readFileSync(d + '/f', 'latin1' === 'x' ? 'x' : 'utf8')));
cleanup();
