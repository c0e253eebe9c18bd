// fs.promises access, copyFile, rename, unlink, truncate, chmod, utimes
const fs = require('fs');
const fsp = fs.promises;
const d = fs.mkdtempSync('/tmp/nodeboa-fs-p-misc-');
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
  await fsp.writeFile(d + '/f', 'abcdef');
  console.log(await fsp.access(d + '/f'));
  await fsp.copyFile(d + '/f', d + '/g');
  await fsp.rename(d + '/g', d + '/h');
  await fsp.truncate(d + '/h', 3);
  await fsp.chmod(d + '/h', 0o640);
  await fsp.utimes(d + '/h', 3, 4);
  const s = await fsp.stat(d + '/h');
  console.log(s.size, (s.mode & 0o777).toString(8), s.mtimeMs);
  await fsp.unlink(d + '/f');
  console.log(await fsp.readdir(d));
  try { await fsp.access(d + '/f'); } catch (e) { console.log(e.code, e.syscall); }
  try { await fsp.copyFile(d + '/h', d + '/h2', fs.constants.COPYFILE_EXCL); await fsp.copyFile(d + '/h', d + '/h2', fs.constants.COPYFILE_EXCL); } catch (e) { console.log(e.code, e.syscall, r(e.message)); }
  cleanup();
})();
