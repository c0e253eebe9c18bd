// fs.promises rejections carry the errors of Node
const fs = require('fs');
const fsp = fs.promises;
const d = fs.mkdtempSync('/tmp/nodeboa-fs-p-errors-');
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
(async () => {
  for (const f of [() => fsp.readFile(d + '/nope'), () => fsp.stat(d + '/nope'), () => fsp.mkdir(d), () => fsp.rmdir(d + '/nope'), () => fsp.rm(d), () => fsp.open(d + '/nope'), () => fsp.readdir(d + '/nope'), () => fsp.writeFile(d + '/f', 42)]) {
    try { await f(); console.log('ok'); } catch (e) { console.log(e.code, e.syscall, r(e.message)); }
  }
  cleanup();
})();
