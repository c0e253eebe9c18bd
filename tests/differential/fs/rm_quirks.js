// rmSync errors: ERR_FS_EISDIR for a directory, lstat for missing
const fs = require('fs');
const fsp = fs.promises;
const d = fs.mkdtempSync('/tmp/nodeboa-fs-rm-quirks-');
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
fs.mkdirSync(d + '/a');
try { fs.rmSync(d + '/a'); } catch (e) { console.log(e.name, e.code, e.syscall, e.errno, r(e.message), r(e.path), JSON.stringify(e.info).split(d).join('<tmp>')); }
show(() => fs.rmSync(d + '/nope'));
show(() => fs.rmSync(d + '/nope', { force: true }));
show(() => fs.rmSync(d + '/nope/deeper', { force: true }));
show(() => fs.rmSync(d + '/a', { force: 1 }));
cleanup();
