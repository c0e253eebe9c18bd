// multi-byte characters count as bytes
const fs = require('fs');
const fsp = fs.promises;
const d = fs.mkdtempSync('/tmp/nodeboa-fs-write-emoji-');
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
const n = fs.writeFileSync(d + '/f', '😀é');
console.log(n, fs.statSync(d + '/f').size, fs.readFileSync(d + '/f', 'utf8'));
const fd = fs.openSync(d + '/g', 'w');
console.log(fs.writeSync(fd, '😀'));
fs.closeSync(fd);
cleanup();
