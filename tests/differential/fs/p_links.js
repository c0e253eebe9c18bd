// fs.promises symlink, readlink, link, realpath, lstat
const fs = require('fs');
const fsp = fs.promises;
const d = fs.mkdtempSync('/tmp/nodeboa-fs-p-links-');
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
  await fsp.writeFile(d + '/f', 'x');
  await fsp.symlink('f', d + '/s');
  await fsp.link(d + '/f', d + '/h');
  console.log(await fsp.readlink(d + '/s'), r(await fsp.realpath(d + '/s')));
  console.log((await fsp.lstat(d + '/s')).isSymbolicLink(), (await fsp.stat(d + '/h')).nlink);
  cleanup();
})();
