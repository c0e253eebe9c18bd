// writeFileSync replaces existing content
const fs = require('fs');
const fsp = fs.promises;
const d = fs.mkdtempSync('/tmp/nodeboa-fs-write-overwrite-');
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
fs.writeFileSync(d + '/a', 'long content here');
fs.writeFileSync(d + '/a', 'short');
console.log(fs.readFileSync(d + '/a', 'utf8'), fs.statSync(d + '/a').size);
cleanup();
