// file names with non-ASCII characters
const fs = require('fs');
const fsp = fs.promises;
const d = fs.mkdtempSync('/tmp/nodeboa-fs-unicode-names-');
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
fs.writeFileSync(d + '/日本.txt', 'x');
fs.mkdirSync(d + '/ñ');
console.log(fs.readdirSync(d));
console.log(fs.existsSync(d + '/日本.txt'));
cleanup();
