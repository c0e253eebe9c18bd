// writeFileSync with flag wx fails when the file exists
const fs = require('fs');
const fsp = fs.promises;
const d = fs.mkdtempSync('/tmp/nodeboa-fs-write-flag-wx-');
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
show(() => fs.writeFileSync(d + '/a', 'x', { flag: 'wx' }));
show(() => fs.writeFileSync(d + '/a', 'y', { flag: 'wx' }));
console.log(fs.readFileSync(d + '/a', 'utf8'));
cleanup();
