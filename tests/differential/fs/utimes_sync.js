// utimesSync sets atime and mtime from seconds or Dates
const fs = require('fs');
const fsp = fs.promises;
const d = fs.mkdtempSync('/tmp/nodeboa-fs-utimes-sync-');
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
fs.utimesSync(d + '/f', 1000, 2000);
let s = fs.statSync(d + '/f');
console.log(s.atimeMs, s.mtimeMs, s.mtime.toISOString());
fs.utimesSync(d + '/f', new Date('2020-01-02T03:04:05.678Z'), new Date(0));
s = fs.statSync(d + '/f');
console.log(s.atime.toISOString(), s.mtimeMs);
fs.utimesSync(d + '/f', '1500', 1.5);
s = fs.statSync(d + '/f');
console.log(s.atimeMs, s.mtimeMs);
show(() => fs.utimesSync(d + '/f', {}, 1));
show(() => fs.utimesSync(d + '/nope', 1, 1));
cleanup();
