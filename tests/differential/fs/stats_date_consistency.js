// Stats dates agree with the *Ms fields
const fs = require('fs');
const fsp = fs.promises;
const d = fs.mkdtempSync('/tmp/nodeboa-fs-stats-date-consistency-');
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
fs.writeFileSync(d + '/f', '');
fs.utimesSync(d + '/f', 1234.5, 6789.25);
const s = fs.statSync(d + '/f');
console.log(s.atimeMs, s.mtimeMs, s.atime.getTime(), s.mtime.getTime());
const b = fs.statSync(d + '/f', { bigint: true });
console.log(b.atimeNs, b.mtimeNs, b.atimeMs, b.mtimeMs);
cleanup();
