// mkdtempSync makes a fresh directory with six random characters
const fs = require('fs');
const fsp = fs.promises;
const d = fs.mkdtempSync('/tmp/nodeboa-fs-mkdtemp-sync-');
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
const a = fs.mkdtempSync(d + '/t-');
const b = fs.mkdtempSync(d + '/t-');
console.log(a !== b, r(a).length, r(a).slice(0, 8), fs.statSync(a).isDirectory(), (fs.statSync(a).mode & 0o777).toString(8));
show(() => fs.mkdtempSync(d + '/nope/t-'));
show(() => fs.mkdtempSync(42));
console.log(fs.readdirSync(d).length);
cleanup();
