// accessSync with modes
const fs = require('fs');
const fsp = fs.promises;
const d = fs.mkdtempSync('/tmp/nodeboa-fs-access-sync-');
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
show(() => fs.accessSync(d + '/f'));
show(() => fs.accessSync(d + '/f', fs.constants.R_OK | fs.constants.W_OK));
show(() => fs.accessSync(d + '/f', fs.constants.X_OK));
fs.chmodSync(d + '/f', 0o755);
show(() => fs.accessSync(d + '/f', fs.constants.X_OK));
show(() => fs.accessSync(d + '/g'));
show(() => fs.accessSync(d + '/f', 8));
show(() => fs.accessSync(d + '/f', 'r'));
cleanup();
