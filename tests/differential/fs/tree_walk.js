// build and walk a directory tree
const fs = require('fs');
const fsp = fs.promises;
const d = fs.mkdtempSync('/tmp/nodeboa-fs-tree-walk-');
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
for (const p of ['a/b/c', 'a/d', 'e']) fs.mkdirSync(d + '/' + p, { recursive: true });
for (const f of ['a/1', 'a/b/2', 'a/b/c/3', 'e/4']) fs.writeFileSync(d + '/' + f, f);
function walk(dir, pre = '') {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    console.log(pre + e.name + (e.isDirectory() ? '/' : ''));
    if (e.isDirectory()) walk(dir + '/' + e.name, pre + '  ');
  }
}
walk(d);
cleanup();
