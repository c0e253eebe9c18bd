// paths with null bytes throw ERR_INVALID_ARG_VALUE
const fs = require('fs');
const fsp = fs.promises;
const d = fs.mkdtempSync('/tmp/nodeboa-fs-null-bytes-');
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
show(() => fs.readFileSync(d + '/a\u0000b'));
show(() => fs.existsSync(d + '/a\u0000b'));
console.log(fs.existsSync('a\u0000b'));
show(() => fs.writeFileSync('x\u0000', 'a'));
cleanup();
