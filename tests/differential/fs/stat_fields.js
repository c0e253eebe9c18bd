// Stats fields have the right types and relations
const fs = require('fs');
const fsp = fs.promises;
const d = fs.mkdtempSync('/tmp/nodeboa-fs-stat-fields-');
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
fs.writeFileSync(d + '/f', 'hello');
const s = fs.statSync(d + '/f');
console.log(Object.keys(s).join(','));
console.log(s.size, s.nlink, s.blksize > 0, typeof s.ino, typeof s.dev, s.mode.toString(8));
console.log(s.mtime instanceof Date, s.mtimeMs === s.mtime.getTime() || Math.abs(s.mtimeMs - s.mtime.getTime()) < 1);
console.log(s instanceof fs.Stats, Math.abs(Date.now() - s.mtimeMs) < 60000, s.birthtimeMs <= s.mtimeMs + 1);
cleanup();
