// writing a file updates its mtime
const fs = require('fs');
const fsp = fs.promises;
const d = fs.mkdtempSync('/tmp/nodeboa-fs-stat-mtime-changes-');
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
fs.writeFileSync(d + '/f', 'a');
fs.utimesSync(d + '/f', 1000, 1000);
const before = fs.statSync(d + '/f').mtimeMs;
fs.appendFileSync(d + '/f', 'b');
const after = fs.statSync(d + '/f').mtimeMs;
console.log(before, after > before);
cleanup();
