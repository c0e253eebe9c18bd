// statSync of missing paths, and throwIfNoEntry
const fs = require('fs');
const fsp = fs.promises;
const d = fs.mkdtempSync('/tmp/nodeboa-fs-stat-missing-');
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
show(() => fs.statSync(d + '/nope'));
show(() => fs.lstatSync(d + '/nope'));
console.log(fs.statSync(d + '/nope', { throwIfNoEntry: false }));
console.log(fs.lstatSync(d + '/nope', { throwIfNoEntry: false }));
fs.writeFileSync(d + '/f', '');
show(() => fs.statSync(d + '/f/x'));
show(() => fs.statSync(d + '/f/x', { throwIfNoEntry: false }));
cleanup();
