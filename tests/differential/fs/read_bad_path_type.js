// path arguments of the wrong type throw ERR_INVALID_ARG_TYPE
const fs = require('fs');
const fsp = fs.promises;
const d = fs.mkdtempSync('/tmp/nodeboa-fs-read-bad-path-type-');
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
for (const p of [1.5, undefined, null, {}, true]) show(() => fs.readFileSync(p));
show(() => fs.statSync(42));
show(() => fs.mkdirSync({}));
cleanup();
