// truncateSync shortens and extends files
const fs = require('fs');
const fsp = fs.promises;
const d = fs.mkdtempSync('/tmp/nodeboa-fs-truncate-sync-');
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
fs.truncateSync(d + '/f', 2);
console.log(fs.readFileSync(d + '/f', 'utf8'));
fs.truncateSync(d + '/f');
console.log(fs.statSync(d + '/f').size);
fs.truncateSync(d + '/f', 3);
console.log(Array.from(fs.readFileSync(d + '/f')).join(','));
show(() => fs.truncateSync(d + '/nope', 1));
show(() => fs.truncateSync(d, 1));
show(() => fs.truncateSync(d + '/f', 'x'));
cleanup();
