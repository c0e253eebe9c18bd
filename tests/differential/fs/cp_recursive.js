// cpSync recursive copies a tree
const fs = require('fs');
const fsp = fs.promises;
const d = fs.mkdtempSync('/tmp/nodeboa-fs-cp-recursive-');
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
fs.mkdirSync(d + '/src/sub', { recursive: true });
fs.writeFileSync(d + '/src/a', 'A');
fs.writeFileSync(d + '/src/sub/b', 'B');
fs.symlinkSync('a', d + '/src/l');
fs.cpSync(d + '/src', d + '/dst', { recursive: true });
console.log(fs.readdirSync(d + '/dst', { recursive: true }));
console.log(fs.readFileSync(d + '/dst/sub/b', 'utf8'), r(fs.readlinkSync(d + '/dst/l')));
cleanup();
