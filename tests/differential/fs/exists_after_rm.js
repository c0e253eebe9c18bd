// existsSync after rm, rmdir, unlink and rename
const fs = require('fs');
const fsp = fs.promises;
const d = fs.mkdtempSync('/tmp/nodeboa-fs-exists-after-rm-');
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
fs.mkdirSync(d + '/dir');
fs.writeFileSync(d + '/f', '');
fs.writeFileSync(d + '/g', '');
fs.rmdirSync(d + '/dir');
fs.unlinkSync(d + '/f');
fs.renameSync(d + '/g', d + '/h');
console.log(['dir', 'f', 'g', 'h'].map((n) => fs.existsSync(d + '/' + n)));
cleanup();
