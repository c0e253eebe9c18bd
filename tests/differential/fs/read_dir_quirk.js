// readFileSync on a directory gives EISDIR read without a path
const fs = require('fs');
const fsp = fs.promises;
const d = fs.mkdtempSync('/tmp/nodeboa-fs-read-dir-quirk-');
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
show(() => fs.readFileSync(d));
show(() => fs.readFileSync(d, 'utf8'));
try { fs.readFileSync(d); } catch (e) { console.log('path' in e, e.path); }
cleanup();
