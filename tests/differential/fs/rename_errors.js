// renameSync errors carry path and dest
const fs = require('fs');
const fsp = fs.promises;
const d = fs.mkdtempSync('/tmp/nodeboa-fs-rename-errors-');
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
fs.mkdirSync(d + '/full');
fs.writeFileSync(d + '/full/x', '');
show(() => fs.renameSync(d + '/nope', d + '/x'));
show(() => fs.renameSync(d + '/f', d + '/dir'));
show(() => fs.renameSync(d + '/dir', d + '/f'));
show(() => fs.renameSync(d + '/dir', d + '/full'));
show(() => fs.renameSync(d + '/dir', d + '/dir/sub'));
show(() => fs.renameSync(d + '/f', d + '/nope/x'));
cleanup();
