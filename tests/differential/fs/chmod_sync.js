// chmodSync changes permission bits
const fs = require('fs');
const fsp = fs.promises;
const d = fs.mkdtempSync('/tmp/nodeboa-fs-chmod-sync-');
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
fs.chmodSync(d + '/f', 0o600);
console.log((fs.statSync(d + '/f').mode & 0o7777).toString(8));
fs.chmodSync(d + '/f', '755');
console.log((fs.statSync(d + '/f').mode & 0o7777).toString(8));
show(() => fs.chmodSync(d + '/nope', 0o600));
show(() => fs.chmodSync(d + '/f', 'abc'));
show(() => fs.chmodSync(d + '/f'));
cleanup();
