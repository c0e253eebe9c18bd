// opendirSync reads entries then null; closed handles throw
const fs = require('fs');
const fsp = fs.promises;
const d = fs.mkdtempSync('/tmp/nodeboa-fs-opendir-sync-');
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
fs.writeFileSync(d + '/a', '');
fs.mkdirSync(d + '/b');
const dir = fs.opendirSync(d);
console.log(r(dir.path));
const names = [];
let e;
while ((e = dir.readSync()) !== null) names.push(e.name + ':' + e.isDirectory());
console.log(names.sort(), dir.readSync());
dir.closeSync();
show(() => dir.readSync());
show(() => dir.closeSync());
show(() => fs.opendirSync(d + '/nope'));
show(() => fs.opendirSync(d + '/a'));
cleanup();
