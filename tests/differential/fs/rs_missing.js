// createReadStream on a missing file emits an error
const fs = require('fs');
const fsp = fs.promises;
const d = fs.mkdtempSync('/tmp/nodeboa-fs-rs-missing-');
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
const rs = fs.createReadStream(d + '/nope');
rs.on('error', (e) => { console.log(e.code, e.syscall, r(e.message)); });
rs.on('close', () => { console.log('close'); cleanup(); });
