// readdirSync lists names sorted
const fs = require('fs');
const fsp = fs.promises;
const d = fs.mkdtempSync('/tmp/nodeboa-fs-readdir-sorted-');
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
for (const n of ['b', 'a', 'C', '_x', '10', '9']) fs.writeFileSync(d + '/' + n, '');
console.log(fs.readdirSync(d));
console.log(fs.readdirSync(d + '/'));
cleanup();
