// appendFileSync creates the file and appends
const fs = require('fs');
const fsp = fs.promises;
const d = fs.mkdtempSync('/tmp/nodeboa-fs-append-creates-');
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
fs.appendFileSync(d + '/log', 'one\n');
fs.appendFileSync(d + '/log', 'two\n');
fs.appendFileSync(d + '/log', 'three\n', 'utf8');
console.log(JSON.stringify(fs.readFileSync(d + '/log', 'utf8')));
cleanup();
