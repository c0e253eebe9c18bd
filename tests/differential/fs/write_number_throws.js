// writeFileSync with a number throws ERR_INVALID_ARG_TYPE
const fs = require('fs');
const fsp = fs.promises;
const d = fs.mkdtempSync('/tmp/nodeboa-fs-write-number-throws-');
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
for (const v of [12345, null, {}, true]) show(() => fs.writeFileSync(d + '/a', v));
console.log(fs.existsSync(d + '/a'));
cleanup();
