// readFileSync with flag a+ creates the file
const fs = require('fs');
const fsp = fs.promises;
const d = fs.mkdtempSync('/tmp/nodeboa-fs-read-flag-');
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
console.log(JSON.stringify(fs.readFileSync(d + '/new', { encoding: 'utf8', flag: 'a+' })));
console.log(fs.existsSync(d + '/new'));
show(() => fs.readFileSync(d + '/other', { flag: 'r' }));
cleanup();
