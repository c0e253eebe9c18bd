// renameSync moves a file and replaces a target file
const fs = require('fs');
const fsp = fs.promises;
const d = fs.mkdtempSync('/tmp/nodeboa-fs-rename-file-');
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
fs.writeFileSync(d + '/a', 'A');
fs.writeFileSync(d + '/b', 'B');
fs.renameSync(d + '/a', d + '/c');
console.log(fs.readdirSync(d));
fs.renameSync(d + '/c', d + '/b');
console.log(fs.readdirSync(d), fs.readFileSync(d + '/b', 'utf8'));
cleanup();
