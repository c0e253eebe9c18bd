// readFileSync of a missing file: ENOENT open with the path
const fs = require('fs');
const fsp = fs.promises;
const d = fs.mkdtempSync('/tmp/nodeboa-fs-read-missing-');
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
show(() => fs.readFileSync(d + '/nope'));
show(() => fs.readFileSync(d + '/nope/deeper', 'utf8'));
cleanup();
