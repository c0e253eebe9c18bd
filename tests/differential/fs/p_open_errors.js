// fs.promises.open flags and errors
const fs = require('fs');
const fsp = fs.promises;
const d = fs.mkdtempSync('/tmp/nodeboa-fs-p-open-errors-');
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
  const fh = await fsp.open(d + '/f', 'wx');
  await fh.close();
  try { await fsp.open(d + '/f', 'wx'); } catch (e) { console.log(e.code, e.syscall, r(e.message)); }
  try { await fsp.open(d, 'w'); } catch (e) { console.log(e.code, e.syscall, r(e.message)); }
  try { await fsp.open(d + '/f', 'bad'); } catch (e) { console.log(e.code, r(e.message)); }
  cleanup();
})();
