// fs.rmdir's recursive option: DEP0147 once per process, ENOENT named lstat (sync, callback) or
// stat (promises), ENOTDIR from rmdir for a file, and a tree removed.
const fs = require('fs');
const d = fs.mkdtempSync('/tmp/nodeboa-fs-rmdir-recursive-');
const r = (s) => String(s).split(d).join('<tmp>');
process.on('warning', (w) => console.log('warning', w.name, w.code, w.message));
const show = (label, f) => {
  try { f(); console.log(label, 'ok'); } catch (e) { console.log(label, e.code, e.syscall, r(e.message)); }
};
fs.writeFileSync(d + '/file', 'x');
fs.mkdirSync(d + '/tree/a/b', { recursive: true });
fs.writeFileSync(d + '/tree/a/b/f', 'y');
show('sync missing', () => fs.rmdirSync(d + '/missing', { recursive: true }));
show('sync file', () => fs.rmdirSync(d + '/file', { recursive: true }));
show('sync tree', () => fs.rmdirSync(d + '/tree', { recursive: true }));
console.log('tree gone', !fs.existsSync(d + '/tree'), 'file kept', fs.existsSync(d + '/file'));
fs.rmdir(d + '/missing', { recursive: true }, (e) => {
  console.log('callback', e.code, e.syscall, r(e.message));
  fs.promises.rmdir(d + '/missing', { recursive: true }).catch((e2) => {
    console.log('promise', e2.code, e2.syscall, r(e2.message));
    return fs.promises.rmdir(d + '/file', { recursive: true });
  }).catch((e3) => {
    console.log('promise file', e3.code, e3.syscall, r(e3.message));
    fs.rmSync(d, { recursive: true, force: true });
  });
});
