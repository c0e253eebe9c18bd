// fs.promises mkdir, readdir, rmdir, rm, mkdtemp
const fs = require('fs');
const fsp = fs.promises;
const d = fs.mkdtempSync('/tmp/nodeboa-fs-p-dirs-');
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
  console.log(r(await fsp.mkdir(d + '/a/b', { recursive: true })));
  await fsp.writeFile(d + '/a/f', '');
  console.log(await fsp.readdir(d + '/a'));
  console.log((await fsp.readdir(d, { recursive: true })));
  const t = await fsp.mkdtemp(d + '/t-');
  await fsp.rmdir(t);
  await fsp.rm(d + '/a', { recursive: true });
  console.log(await fsp.readdir(d));
  cleanup();
})();
