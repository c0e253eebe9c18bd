// writeFileSync then readFileSync with utf8 encoding
const fs = require('fs');
const fsp = fs.promises;
const d = fs.mkdtempSync('/tmp/nodeboa-fs-write-read-utf8-');
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
fs.writeFileSync(d + '/a.txt', 'héllo wörld');
console.log(fs.readFileSync(d + '/a.txt', 'utf8'));
console.log(fs.readFileSync(d + '/a.txt', { encoding: 'utf8' }).length);
cleanup();
