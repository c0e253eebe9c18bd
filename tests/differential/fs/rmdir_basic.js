// rmdirSync removes empty directories only
const fs = require('fs');
const fsp = fs.promises;
const d = fs.mkdtempSync('/tmp/nodeboa-fs-rmdir-basic-');
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
fs.writeFileSync(d + '/a/f', '');
show(() => fs.rmdirSync(d + '/a'));
show(() => fs.rmdirSync(d + '/a/f'));
show(() => fs.rmdirSync(d + '/nope'));
fs.unlinkSync(d + '/a/f');
show(() => fs.rmdirSync(d + '/a'));
console.log(fs.readdirSync(d));
cleanup();
