// a trailing slash requires a directory
const fs = require('fs');
const fsp = fs.promises;
const d = fs.mkdtempSync('/tmp/nodeboa-fs-stat-trailing-slash-');
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
fs.writeFileSync(d + '/f', '');
fs.mkdirSync(d + '/dir');
show(() => fs.statSync(d + '/f/'));
console.log(fs.statSync(d + '/dir/').isDirectory());
show(() => fs.readFileSync(d + '/f/'));
show(() => fs.openSync(d + '/new/', 'w'));
cleanup();
