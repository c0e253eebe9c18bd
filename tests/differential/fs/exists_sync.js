// existsSync for files, directories, links and missing paths
const fs = require('fs');
const fsp = fs.promises;
const d = fs.mkdtempSync('/tmp/nodeboa-fs-exists-sync-');
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
fs.symlinkSync('nope', d + '/dangling');
console.log(fs.existsSync(d), fs.existsSync(d + '/f'), fs.existsSync(d + '/g'), fs.existsSync(d + '/dangling'), fs.existsSync(d + '/f/x'));
console.log(fs.existsSync(), fs.existsSync(123), fs.existsSync(''));
cleanup();
