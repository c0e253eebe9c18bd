// lutimesSync changes the link, not the target
const fs = require('fs');
const fsp = fs.promises;
const d = fs.mkdtempSync('/tmp/nodeboa-fs-lutimes-sync-');
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
fs.symlinkSync('f', d + '/l');
fs.utimesSync(d + '/f', 5, 5);
fs.lutimesSync(d + '/l', 7, 7);
console.log(fs.statSync(d + '/l').mtimeMs, fs.lstatSync(d + '/l').mtimeMs);
show(() => fs.lutimesSync(d + '/nope', 1, 1));
cleanup();
