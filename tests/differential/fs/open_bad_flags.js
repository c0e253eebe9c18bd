// openSync with an unknown flag string throws ERR_INVALID_ARG_VALUE
const fs = require('fs');
const fsp = fs.promises;
const d = fs.mkdtempSync('/tmp/nodeboa-fs-open-bad-flags-');
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
show(() => fs.openSync(d + '/f', 'rw'));
show(() => fs.openSync(d + '/f', 'z'));
show(() => fs.openSync(d + '/f', {}));
cleanup();
