// linkSync errors: EEXIST, ENOENT, EPERM
const fs = require('fs');
const fsp = fs.promises;
const d = fs.mkdtempSync('/tmp/nodeboa-fs-link-errors-');
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
fs.writeFileSync(d + '/a', '');
fs.writeFileSync(d + '/b', '');
fs.mkdirSync(d + '/dir');
show(() => fs.linkSync(d + '/a', d + '/b'));
show(() => fs.linkSync(d + '/nope', d + '/c'));
show(() => fs.linkSync(d + '/dir', d + '/dir2'));
show(() => fs.linkSync(d + '/a', d + '/nope/c'));
cleanup();
