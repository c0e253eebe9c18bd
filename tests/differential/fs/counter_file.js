// a counter file read and rewritten 100 times
const fs = require('fs');
const fsp = fs.promises;
const d = fs.mkdtempSync('/tmp/nodeboa-fs-counter-file-');
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
fs.writeFileSync(d + '/n', '0');
for (let i = 0; i < 100; i++) fs.writeFileSync(d + '/n', String(Number(fs.readFileSync(d + '/n', 'utf8')) + 1));
console.log(fs.readFileSync(d + '/n', 'utf8'));
cleanup();
