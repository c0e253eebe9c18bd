// a directory with 500 files
const fs = require('fs');
const fsp = fs.promises;
const d = fs.mkdtempSync('/tmp/nodeboa-fs-many-files-');
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
for (let i = 0; i < 500; i++) fs.writeFileSync(d + '/f' + i, String(i));
const names = fs.readdirSync(d);
console.log(names.length, names.slice(0, 5), names.slice(-3));
let sum = 0;
for (const n of names) sum += Number(fs.readFileSync(d + '/' + n, 'utf8'));
console.log(sum);
cleanup();
