// a missing callback throws ERR_INVALID_ARG_TYPE synchronously
const fs = require('fs');
const fsp = fs.promises;
const d = fs.mkdtempSync('/tmp/nodeboa-fs-cb-missing-');
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
show(() => fs.readFile(d + '/f'));
show(() => fs.stat(d));
show(() => fs.writeFile(d + '/f', 'x'));
show(() => fs.mkdir(d + '/x', {}));
show(() => fs.readFile(123.5, () => {}));
console.log(fs.existsSync(d + '/f'), fs.existsSync(d + '/x'));
cleanup();
