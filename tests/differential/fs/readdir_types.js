// readdirSync withFileTypes returns Dirents
const fs = require('fs');
const fsp = fs.promises;
const d = fs.mkdtempSync('/tmp/nodeboa-fs-readdir-types-');
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
fs.mkdirSync(d + '/dir');
fs.symlinkSync('f', d + '/link');
for (const e of fs.readdirSync(d, { withFileTypes: true })) {
  console.log(e.name, e.isFile(), e.isDirectory(), e.isSymbolicLink(), r(e.path), r(e.parentPath), e instanceof fs.Dirent);
}
cleanup();
