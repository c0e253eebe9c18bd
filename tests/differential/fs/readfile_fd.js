// readFileSync with a descriptor reads from its position
const fs = require('fs');
const fsp = fs.promises;
const d = fs.mkdtempSync('/tmp/nodeboa-fs-readfile-fd-');
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
const b = new Uint8Array(2);
fs.readSync(fd, b, 0, 2, null);
console.log(fs.readFileSync(fd, 'utf8'));
console.log(JSON.stringify(fs.readFileSync(fd, 'utf8')));
fs.closeSync(fd);
show(() => fs.readFileSync(fd));
cleanup();
