// unlinking a hard link keeps the other; nlink tracks links
const fs = require('fs');
const fsp = fs.promises;
const d = fs.mkdtempSync('/tmp/nodeboa-fs-hardlink-dir-counts-');
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
fs.writeFileSync(d + '/a', 'x');
for (let i = 0; i < 5; i++) fs.linkSync(d + '/a', d + '/l' + i);
console.log(fs.statSync(d + '/a').nlink);
for (let i = 0; i < 5; i++) fs.unlinkSync(d + '/l' + i);
console.log(fs.statSync(d + '/a').nlink);
cleanup();
