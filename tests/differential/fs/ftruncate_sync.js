// ftruncateSync shrinks and grows
const fs = require('fs');
const fsp = fs.promises;
const d = fs.mkdtempSync('/tmp/nodeboa-fs-ftruncate-sync-');
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
const fd = fs.openSync(d + '/f', 'r+');
fs.ftruncateSync(fd, 3);
console.log(fs.readFileSync(d + '/f', 'utf8'));
fs.ftruncateSync(fd, 5);
console.log(Array.from(fs.readFileSync(d + '/f')).join(','));
fs.ftruncateSync(fd);
console.log(fs.statSync(d + '/f').size);
fs.closeSync(fd);
const ro = fs.openSync(d + '/f', 'r');
show(() => fs.ftruncateSync(ro, 1));
fs.closeSync(ro);
cleanup();
